using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Money;

/// <summary>Words and abbreviations that multiply an amount: "billion", "bn", "m".</summary>
internal static class ScaleWords
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m,
        ["crore"] = 10_000_000m,
    };

    // Case matters for abbreviations: "5M" and "5m" are millions, "5T" is not read.
    private static readonly Dictionary<string, decimal> Abbreviations = new(StringComparer.Ordinal)
    {
        ["k"] = 1_000m, ["K"] = 1_000m,
        ["m"] = 1_000_000m, ["M"] = 1_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["mil"] = 1_000_000m, ["MM"] = 1_000_000m,
        ["b"] = 1_000_000_000m, ["B"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["bln"] = 1_000_000_000m,
        ["tn"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m, ["tln"] = 1_000_000_000_000m,
    };

    /// <summary>
    /// The factor a word stands for. <paramref name="attached"/>: written right after the digits ("1.2bn");
    /// single-letter abbreviations only count there, "$5 m" is too often something else.
    /// A "-plus" suffix ("billion-plus") keeps the factor.
    /// </summary>
    public static bool TryGet(string word, bool attached, out decimal factor)
    {
        if (word.EndsWith("-plus", StringComparison.OrdinalIgnoreCase))
            word = word.Substring(0, word.Length - 5);
        if (Words.TryGetValue(word, out factor))
            return true;
        if (Abbreviations.TryGetValue(word, out factor) && (attached || word.Length > 1))
            return true;
        factor = 0m;
        return false;
    }

    /// <summary>Only full words ("million"), as used after number words ("half a billion").</summary>
    public static bool TryGetWord(string word, out decimal factor)
    {
        if (word.EndsWith("-plus", StringComparison.OrdinalIgnoreCase))
            word = word.Substring(0, word.Length - 5);
        return Words.TryGetValue(word, out factor);
    }
}
