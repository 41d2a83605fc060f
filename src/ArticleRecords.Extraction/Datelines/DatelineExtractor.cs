using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Datelines;

/// <summary>
/// Finds the dateline that opens the first body paragraph (after any headline and byline).
/// <see cref="Dateline.Place"/> is the city as written ("RENO"); the state or country after it
/// ("RENO, Nev.") stays in <see cref="Dateline.Text"/>.
/// </summary>
internal static class DatelineExtractor
{
    public static Dateline? Extract(ArticleDocument document, TextRange? headline, IReadOnlyList<DateMention> dates, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var paragraph = ArticleOpening.FirstBodyParagraph(document, headline);
        if (DatelineMatcher.MatchAt(document, paragraph) is not { } match)
            return null;

        return new Dateline(
            document.TextOf(match.Place),
            match.Source is { } source ? document.TextOf(source) : null,
            match.Date is { } date && dates is not null ? FindDate(dates, date) : null,
            document.TextOf(match.Span),
            match.Span.Start,
            match.Span.Length);
    }

    // The date extractor's mention that overlaps the dateline's date part.
    private static DateMention? FindDate(IReadOnlyList<DateMention> dates, TextRange date)
    {
        foreach (var mention in dates)
        {
            if (mention is not null && mention.Start < date.End && mention.Start + mention.Length > date.Start)
                return mention;
        }
        return null;
    }
}
