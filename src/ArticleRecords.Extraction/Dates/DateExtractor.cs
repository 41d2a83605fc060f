using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

internal static class DateExtractor
{
    // PLACEHOLDER until the dates work lands.
    public static DateMention[] Extract(ArticleDocument document, ExtractionOptions options, CancellationToken cancellationToken) => Array.Empty<DateMention>();
}
