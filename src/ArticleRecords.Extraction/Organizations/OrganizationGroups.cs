using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>
/// Gives every mention of one organisation (see <see cref="OrganizationKey"/>) the fullest name the article
/// uses for it: "the Senate" ... "the U.S. Senate" are both "U.S. Senate".
/// </summary>
internal static class OrganizationGroups
{
    public static void UseFullestNames(List<OrganizationMention> mentions)
    {
        if (mentions.Count < 2)
            return;
        var keys = new string[mentions.Count];
        var fullest = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var name = mentions[i].Name;
            keys[i] = OrganizationKey.Of(name);
            if (!fullest.TryGetValue(keys[i], out var known) || name.Length > known.Length)
                fullest[keys[i]] = name;
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            var name = fullest[keys[i]];
            if (!string.Equals(name, mentions[i].Name, StringComparison.Ordinal))
                mentions[i] = mentions[i] with { Name = name };
        }
    }
}
