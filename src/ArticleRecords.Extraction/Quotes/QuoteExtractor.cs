using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

internal sealed record QuoteExtraction(Quote[] Quotes, ExtractionIssue[] Issues);

internal static class QuoteExtractor
{
    // PLACEHOLDER until the quotations work lands.
    public static QuoteExtraction Extract(ArticleDocument document, Person[] people, Organization[] organizations, CancellationToken cancellationToken) =>
        new(Array.Empty<Quote>(), Array.Empty<ExtractionIssue>());
}
