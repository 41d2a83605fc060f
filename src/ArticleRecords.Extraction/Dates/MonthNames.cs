using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Dates;

/// <summary>English month names and their news abbreviations ("Sept", "Nov"), capitalised or in capitals.</summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Full = new(StringComparer.Ordinal)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6,
        ["July"] = 7, ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
    };

    private static readonly Dictionary<string, int> Abbreviated = new(StringComparer.Ordinal)
    {
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8,
        ["Sep"] = 9, ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    };

    /// <summary>The month (1-12) of a word; lower-case words never count ("they march", "it may").</summary>
    public static bool TryGet(string word, out int month, out bool abbreviated)
    {
        abbreviated = false;
        month = 0;
        if (word.Length < 3 || !char.IsUpper(word[0]))
            return false;
        var key = IsAllUpper(word) ? word.Substring(0, 1) + word.Substring(1).ToLowerInvariant() : word;
        if (Full.TryGetValue(key, out month))
            return true;
        abbreviated = true;
        return Abbreviated.TryGetValue(key, out month);
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
                return false;
        }
        return true;
    }
}
