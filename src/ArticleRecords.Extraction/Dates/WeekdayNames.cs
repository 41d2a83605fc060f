using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Dates;

/// <summary>Full English weekday names only: "Sun" is a newspaper and "Wed" a verb far more often than a day.</summary>
internal static class WeekdayNames
{
    private static readonly Dictionary<string, DayOfWeek> Names = new(StringComparer.Ordinal)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    };

    // Capitalised words after a weekday that make it a title: "The Sunday Times", "Saturday Night Live".
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Mail", "Star", "Independent", "Tribune",
        "Observer", "Sport", "People", "Night", "School", "Service", "Club", "League", "Magazine", "Edition",
    };

    public static bool TryGet(string word, out DayOfWeek day)
    {
        day = default;
        if (word.Length < 6 || !char.IsUpper(word[0]))
            return false;
        var key = word.Substring(0, 1) + word.Substring(1).ToLowerInvariant();
        return Names.TryGetValue(key, out day) && (key == word || word.ToUpperInvariant() == word);
    }

    public static bool IsTitleWord(string word) => TitleWords.Contains(word);
}
