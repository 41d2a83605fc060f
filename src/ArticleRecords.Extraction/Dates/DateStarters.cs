using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>Which kinds of date a word may start: each bit names the readers that may read one there.</summary>
[Flags]
internal enum DateStart : byte
{
    None = 0,
    Month = 1,
    Ordinal = 2,
    Weekday = 4,
    DayWord = 8,
    Modifier = 16,
    NumberWord = 32,
}

/// <summary>
/// The words a date written with words can start with: month and weekday names, ordinals, "today", "last",
/// number words. Every reader that starts at a word needs one of them there, so one look-up turns away the
/// other words of the article before any reader runs, and tells which readers may read a date at the rest
/// ("a" starts only "a week ago", not a month or a weekday).
/// </summary>
internal static class DateStarters
{
    private static readonly SliceTable<DateStart> Words = new(Kinds(), ignoreCase: true);

    // A word of two kinds ("second": an ordinal, "May": a month) has both bits.
    private static Dictionary<string, DateStart> Kinds()
    {
        var kinds = new Dictionary<string, DateStart>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, DateStart kind)
        {
            foreach (var word in words)
                kinds[word] = (kinds.TryGetValue(word, out var known) ? known : DateStart.None) | kind;
        }
        Add(MonthNames.All, DateStart.Month);
        Add(WeekdayNames.All, DateStart.Weekday);
        Add(DateWords.OrdinalWords, DateStart.Ordinal);
        Add(RelativeDates.DayWordList, DateStart.DayWord);
        Add(RelativeDates.ModifierList, DateStart.Modifier);
        Add(NumberWords.FirstWords, DateStart.NumberWord);
        return kinds;
    }

    /// <summary>
    /// The kinds of date each token of the document may start (<see cref="DateStart.None"/> for all but words), read
    /// once per document: the date readers ask it of every word, and so does the money sieve, for number words
    /// (<see cref="DateStart.NumberWord"/>), which would otherwise look every word up again.
    /// </summary>
    public static DateStart[] Of(ArticleDocument document, CancellationToken cancellationToken) =>
        document.DateStarts ??= Read(document, cancellationToken);

    private static DateStart[] Read(ArticleDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var starts = new DateStart[tokens.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (tokens[i].IsWord)
                starts[i] = At(document, tokens[i]);
        }
        return starts;
    }

    /// <summary>
    /// The kinds of date a word token may start: those of the word as written, of the word without a possessive
    /// ("Tuesday's"), and number words for a hyphenated number ("twenty-five", for "twenty-five years ago").
    /// </summary>
    private static DateStart At(ArticleDocument document, in Token token)
    {
        var text = document.Text;
        // The three forms share the first letter, which alone turns most words away.
        if (!Words.MayStartWith(text[token.Start]))
            return DateStart.None;
        Words.TryGetValue(text, token.Start, token.Length, out var kinds);
        var withoutPossessive = DateMentions.LengthWithoutPossessive(document, token);
        if (withoutPossessive < token.Length && Words.TryGetValue(text, token.Start, withoutPossessive, out var possessed))
            kinds |= possessed;
        if (NumberWords.IsHyphenated(document, token))
            kinds |= DateStart.NumberWord;
        return kinds;
    }
}
