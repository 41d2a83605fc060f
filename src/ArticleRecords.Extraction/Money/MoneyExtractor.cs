using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Money;

internal static class MoneyExtractor
{
    // PLACEHOLDER until the money work lands.
    public static MoneyMention[] Extract(ArticleDocument document, ExtractionOptions options, CancellationToken cancellationToken) => Array.Empty<MoneyMention>();
}
