using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>One <see cref="Organization"/> per organisation: the first mention's span, the fullest name.</summary>
internal static class OrganizationExtractor
{
    public static Organization[] Extract(ArticleDocument document, CancellationToken cancellationToken) =>
        Deduplicate(OrganizationFinder.Find(document, cancellationToken));

    public static Organization[] Deduplicate(List<OrganizationMention> mentions)
    {
        var organizations = new List<Organization>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (seen.Add(mention.Name))
                organizations.Add(new Organization(mention.Name, mention.Start, mention.End - mention.Start));
        }
        return organizations.ToArray();
    }
}
