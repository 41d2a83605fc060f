using System.Runtime.CompilerServices;
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
        var starts = DateStarters.Of(document, cancellationToken);
        var i = 0;
        var steps = 0;
        while (i < tokens.Count)
        {
            if ((++steps & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            i = ReadAt(document, i, starts[i], mentions) ?? i + 1;
        }
        return mentions.ToArray();
    }

    private static int? ReadAt(ArticleDocument document, int index, DateStart starts, DateMentions mentions)
    {
        if (document.Tokens[index].IsNumber)
            return ReadNumberAt(document, index, mentions);
        return starts == DateStart.None ? null : ReadWordAt(document, index, starts, mentions);
    }

    // The readers are kept out of ReadAt, which every token passes through, so that their locals do not weigh on its
    // every call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int? ReadNumberAt(ArticleDocument document, int index, DateMentions mentions)
    {
        return NumericDates.TryRead(document, index, mentions)
            ?? CalendarDates.TryDayFirst(document, index, mentions)
            ?? RelativeDates.TryAgo(document, index, mentions)
            ?? BareYears.TryRead(document, index, mentions);
    }

    // Only the readers of the kinds of date the word may start are asked: each of the others would turn it away.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int? ReadWordAt(ArticleDocument document, int index, DateStart starts, DateMentions mentions)
    {
        return (Has(starts, DateStart.Month) ? CalendarDates.TryMonthFirst(document, index, mentions) ?? BareMonths.TryRead(document, index, mentions) : null)
            ?? (Has(starts, DateStart.Ordinal) ? CalendarDates.TryOrdinalWord(document, index, mentions) : null)
            ?? (Has(starts, DateStart.Weekday) ? Weekdays.TryRead(document, index, mentions) : null)
            ?? (Has(starts, DateStart.DayWord) && RelativeDates.TryDayWord(document, index, mentions) ? index + 1 : (int?)null)
            ?? (Has(starts, DateStart.Modifier) ? RelativeDates.TryModified(document, index, mentions) : null)
            ?? (Has(starts, DateStart.NumberWord) ? RelativeDates.TryAgo(document, index, mentions) : null);
    }

    private static bool Has(DateStart starts, DateStart kind) => (starts & kind) != 0;
}
