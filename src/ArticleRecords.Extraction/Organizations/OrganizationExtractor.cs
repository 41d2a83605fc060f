using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

internal static class OrganizationExtractor
{
    // PLACEHOLDER until the quotations work lands.
    public static Organization[] Extract(ArticleDocument document, CancellationToken cancellationToken) => Array.Empty<Organization>();
}
