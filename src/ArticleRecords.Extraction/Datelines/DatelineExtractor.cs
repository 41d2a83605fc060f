using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Datelines;

internal static class DatelineExtractor
{
    // PLACEHOLDER until the datelines work lands.
    public static Dateline? Extract(ArticleDocument document, TextRange? headline, IReadOnlyList<DateMention> dates, CancellationToken cancellationToken) => null;
}
