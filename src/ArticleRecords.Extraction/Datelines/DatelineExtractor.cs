using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Datelines;

/// <summary>
/// Finds the dateline that opens the first body paragraph (after any headline, bylines and time stamps),
/// or under a headline one of the next two.
/// <see cref="Dateline.Place"/> is the city as written ("RENO"); the state or country after it
/// ("RENO, Nev.") stays in <see cref="Dateline.Text"/>.
/// </summary>
internal static class DatelineExtractor
{
    private const int MaxParagraphsBeforeDateline = 2;

    public static Dateline? Extract(ArticleDocument document, TextRange? headline, IReadOnlyList<DateMention> dates, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var paragraph = ArticleOpening.FirstBodyParagraph(document, headline);
        var match = DatelineMatcher.MatchAt(document, paragraph);
        // Under a headline, a deck or an editor's introduction may stand before the dated lead; there only a
        // place the lexicon knows, or one with a region, date or source, makes a dateline. Without a headline
        // the first paragraph is the lead, and a dateline after it is a second story's.
        for (var later = 1; match is null && headline is not null && later <= MaxParagraphsBeforeDateline; later++)
            match = DatelineMatcher.MatchAt(document, paragraph + later, requireKnownPlace: true);
        if (match is not { } found)
            return null;

        return new Dateline(
            document.TextOf(found.Place),
            found.Source is { } source ? document.TextOf(source) : null,
            found.Date is { } date && dates is not null ? FindDate(dates, date) : null,
            document.TextOf(found.Span),
            found.Span.Start,
            found.Span.Length);
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
