using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Money;

/// <summary>Words and abbreviations that multiply an amount: "billion", "bn", "m".</summary>
internal static class ScaleWords
{
    private const string Plus = "-plus";

    private static readonly SliceTable<decimal> Words = new(new Dictionary<string, decimal>
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m,
        ["crore"] = 10_000_000m,
    }, ignoreCase: true);

    // Case matters for abbreviations: "5M" and "5m" are millions, "5T" is not read.
    private static readonly SliceTable<decimal> Abbreviations = new(new Dictionary<string, decimal>
    {
        ["k"] = 1_000m, ["K"] = 1_000m,
        ["m"] = 1_000_000m, ["M"] = 1_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["mil"] = 1_000_000m, ["MM"] = 1_000_000m,
        ["b"] = 1_000_000_000m, ["B"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["bln"] = 1_000_000_000m,
        ["tn"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m, ["tln"] = 1_000_000_000_000m,
    }, ignoreCase: false);

    /// <summary>
    /// The factor a word stands for. <paramref name="attached"/>: written right after the digits ("1.2bn");
    /// single-letter abbreviations only count there, "$5 m" is too often something else.
    /// A "-plus" suffix ("billion-plus") keeps the factor.
    /// </summary>
    public static bool TryGet(string word, bool attached, out decimal factor) => TryGet(word, 0, word.Length, attached, out factor);

    public static bool TryGet(ArticleDocument document, in Token token, bool attached, out decimal factor) =>
        TryGet(document.Text, token.Start, token.Length, attached, out factor);

    /// <summary>Only full words ("million"), as used after number words ("half a billion").</summary>
    public static bool TryGetWord(ArticleDocument document, in Token token, out decimal factor) =>
        Words.TryGetValue(document.Text, token.Start, LengthWithoutPlus(document.Text, token.Start, token.Length), out factor);

    private static bool TryGet(string text, int start, int length, bool attached, out decimal factor)
    {
        length = LengthWithoutPlus(text, start, length);
        if (Words.TryGetValue(text, start, length, out factor))
            return true;
        if (Abbreviations.TryGetValue(text, start, length, out factor) && (attached || length > 1))
            return true;
        factor = 0m;
        return false;
    }

    private static int LengthWithoutPlus(string text, int start, int length) =>
        length >= Plus.Length && text[start + length - Plus.Length] == '-'
        && string.Compare(text, start + length - Plus.Length, Plus, 0, Plus.Length, StringComparison.OrdinalIgnoreCase) == 0
            ? length - Plus.Length
            : length;
}
