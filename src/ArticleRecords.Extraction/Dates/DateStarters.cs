using System.Linq;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// The words a date written with words can start with: month and weekday names, ordinals, "today", "last",
/// number words. Every reader that starts at a word needs one of them there, so one look-up turns away the
/// other words of the article before any reader runs.
/// </summary>
internal static class DateStarters
{
    private static readonly SliceSet Words = new(
        MonthNames.All.Concat(WeekdayNames.All).Concat(DateWords.OrdinalWords).Concat(RelativeDates.FirstWords).Concat(NumberWords.FirstWords),
        ignoreCase: true);

    /// <summary>
    /// Whether a word token may start a date: it is a starter as written, without a possessive ("Tuesday's"),
    /// or a hyphenated number ("twenty-five", for "twenty-five years ago").
    /// </summary>
    public static bool MayStartAt(ArticleDocument document, in Token token)
    {
        var text = document.Text;
        // The three forms share the first letter, which alone turns most words away.
        if (!Words.MayStartWith(text[token.Start]))
            return false;
        if (Words.Contains(text, token.Start, token.Length))
            return true;
        var withoutPossessive = DateMentions.LengthWithoutPossessive(document, token);
        if (withoutPossessive < token.Length && Words.Contains(text, token.Start, withoutPossessive))
            return true;
        return NumberWords.IsHyphenated(document, token);
    }
}
