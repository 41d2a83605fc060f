using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>Full English weekday names only: "Sun" is a newspaper and "Wed" a verb far more often than a day.</summary>
internal static class WeekdayNames
{
    // Keyed ignoring case for words in capitals ("TUESDAY"); see MonthNames for why that is the title-cased word.
    private static readonly SliceTable<DayOfWeek> Names = new(new Dictionary<string, DayOfWeek>
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    }, ignoreCase: true);

    // Capitalised words after a weekday that make it a title: "The Sunday Times", "Saturday Night Live".
    private static readonly SliceSet TitleWords = new(new[]
    {
        "Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Mail", "Star", "Independent", "Tribune",
        "Observer", "Sport", "People", "Night", "School", "Service", "Club", "League", "Magazine", "Edition",
    });

    /// <summary>Every name, capitalised.</summary>
    public static IEnumerable<string> All => Names.Entries.Select(entry => entry.Key);

    public static bool TryGet(string word, out DayOfWeek day) => TryGet(word, 0, word.Length, out day);

    /// <summary>The day a word names, written capitalised ("Tuesday") or in capitals ("TUESDAY").</summary>
    public static bool TryGet(string text, int start, int length, out DayOfWeek day)
    {
        if (length < 6 || !char.IsUpper(text[start]) || !Names.TryGetEntry(text, start, length, out var key, out day))
        {
            day = default;
            return false;
        }
        return string.CompareOrdinal(text, start, key, 0, length) == 0 || IsInCapitals(text, start, length);
    }

    public static bool IsTitleWord(ArticleDocument document, in Token token) => TitleWords.Contains(document, token);

    // What ToUpperInvariant leaves as it is; the word already equals a name ignoring case, so it is ASCII letters.
    private static bool IsInCapitals(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is >= 'a' and <= 'z')
                return false;
        }
        return true;
    }
}
