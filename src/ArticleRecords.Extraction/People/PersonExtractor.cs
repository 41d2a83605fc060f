using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

internal static class PersonExtractor
{
    // PLACEHOLDER until the quotations work lands.
    public static Person[] Extract(ArticleDocument document, Place[] places, Organization[] organizations, CancellationToken cancellationToken) => Array.Empty<Person>();
}
