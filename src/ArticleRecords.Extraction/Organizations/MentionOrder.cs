using System.Collections.Generic;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>Keeps organisation mentions in text order.</summary>
internal static class MentionOrder
{
    /// <summary>Merges two lists that are each in text order into one.</summary>
    public static List<OrganizationMention> Merge(List<OrganizationMention> a, List<OrganizationMention> b)
    {
        if (b.Count == 0)
            return a;
        if (a.Count == 0)
            return b;
        var merged = new List<OrganizationMention>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j == b.Count || (i < a.Count && a[i].FirstToken <= b[j].FirstToken))
                merged.Add(a[i++]);
            else
                merged.Add(b[j++]);
        }
        return merged;
    }
}
