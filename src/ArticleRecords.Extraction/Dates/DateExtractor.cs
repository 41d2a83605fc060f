using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// Finds dates in one left-to-right pass over the tokens. Each reader starts at one token, reads a bounded
/// number of tokens ahead, and the pass resumes after what it read, so mentions never overlap and the work is
/// linear in the text.
/// </summary>
internal static class DateExtractor
{
    public static DateMention[] Extract(ArticleDocument document, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var mentions = new DateMentions(document, options);
        var tokens = document.Tokens;
        var i = 0;
        var steps = 0;
        while (i < tokens.Count)
        {
            if ((++steps & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            i = ReadAt(document, i, mentions) ?? i + 1;
        }
        return mentions.ToArray();
    }

    private static int? ReadAt(ArticleDocument document, int index, DateMentions mentions)
    {
        var token = document.Tokens[index];
        if (token.IsNumber)
        {
            return NumericDates.TryRead(document, index, mentions)
                ?? CalendarDates.TryDayFirst(document, index, mentions)
                ?? RelativeDates.TryAgo(document, index, mentions)
                ?? BareYears.TryRead(document, index, mentions);
        }
        if (!token.IsWord || !DateStarters.MayStartAt(document, token))
            return null;
        return CalendarDates.TryMonthFirst(document, index, mentions)
            ?? BareMonths.TryRead(document, index, mentions)
            ?? CalendarDates.TryOrdinalWord(document, index, mentions)
            ?? Weekdays.TryRead(document, index, mentions)
            ?? (RelativeDates.TryDayWord(document, index, mentions) ? index + 1 : (int?)null)
            ?? RelativeDates.TryModified(document, index, mentions)
            ?? RelativeDates.TryAgo(document, index, mentions);
    }
}
