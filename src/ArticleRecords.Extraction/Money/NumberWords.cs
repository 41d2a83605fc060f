using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Money;

/// <summary>Cardinals written as words: "seventeen", "twenty-five", "two hundred", "a", "half a".</summary>
internal static class NumberWords
{
    // Units, teens and tens in one table: a tens word is one worth 20 or more.
    private static readonly SliceTable<int> Numbers = new(new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }, ignoreCase: true);

    /// <summary>The words number words start with: "a", "an", "half", "one" ... "ninety" (and "twenty" of "twenty-five").</summary>
    public static IEnumerable<string> FirstWords => Numbers.Entries.Select(entry => entry.Key).Concat(new[] { "a", "an", "half" });

    // Most words are turned away by one look-up here, before any of the readers below.
    private static readonly SliceSet FirstWordSet = new(FirstWords, ignoreCase: true);

    /// <summary>
    /// Reads number words from token <paramref name="index"/>. <paramref name="next"/> is the token after them;
    /// <paramref name="needsScale"/> is set for "a"/"an"/"half a", which are amounts only before a scale word.
    /// </summary>
    public static bool TryRead(ArticleDocument document, int index, out decimal value, out int next, out bool needsScale)
    {
        var tokens = document.Tokens;
        value = 0m;
        next = index;
        needsScale = false;
        if (index >= tokens.Count || !tokens[index].IsWord || !MayStartAt(document, tokens[index]))
            return false;

        if (document.Is(tokens[index], "a", true) || document.Is(tokens[index], "an", true))
        {
            value = 1m;
            next = index + 1;
            needsScale = true;
            return true;
        }
        if (document.Is(tokens[index], "half", true))
        {
            if (index + 1 < tokens.Count && (document.Is(tokens[index + 1], "a", true) || document.Is(tokens[index + 1], "an", true)))
            {
                value = 0.5m;
                next = index + 2;
                needsScale = true;
                return true;
            }
            return false;
        }

        // A small state machine: [units|teens|tens[-unit]|tens unit] [hundred [and] [units|teens|tens[-unit]|tens unit]].
        var total = 0;
        var read = false;
        var sawHundred = false;
        var lastWasBareTens = false;
        var lastWasHundred = false;
        var i = index;
        while (i < tokens.Count && tokens[i].IsWord)
        {
            var word = tokens[i];
            if (TryReadCompound(document.Text, word, out var small))
            {
                var fits = !read || lastWasHundred || (lastWasBareTens && small < 10);
                if (!fits)
                    break;
                total += small;
                read = true;
                lastWasBareTens = small >= 20 && small % 10 == 0;
                lastWasHundred = false;
                i++;
            }
            else if (read && !sawHundred && !lastWasHundred && total < 100
                     && document.Is(word, "hundred", ignoreCase: true))
            {
                total *= 100;
                sawHundred = true;
                lastWasHundred = true;
                lastWasBareTens = false;
                i++;
            }
            else if (lastWasHundred && document.Is(word, "and", ignoreCase: true)
                     && i + 1 < tokens.Count && tokens[i + 1].IsWord && TryReadCompound(document.Text, tokens[i + 1], out _))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        if (!read)
            return false;
        value = total;
        next = i;
        return true;
    }

    /// <summary>Whether number words may start at the word: it is a first word ("a", "seventeen") or a hyphenated number ("twenty-five").</summary>
    private static bool MayStartAt(ArticleDocument document, in Token word) =>
        FirstWordSet.Contains(document, word) || TryReadHyphenated(document.Text, word, out _);

    // "seven", "twenty", "twenty-five".
    private static bool TryReadCompound(string text, in Token word, out int value)
    {
        return Numbers.TryGetValue(text, word.Start, word.Length, out value) || TryReadHyphenated(text, word, out value);
    }

    /// <summary>Whether the word is a tens word, a hyphen and a unit: "twenty-five".</summary>
    public static bool IsHyphenated(ArticleDocument document, in Token word) => TryReadHyphenated(document.Text, word, out _);

    private static bool TryReadHyphenated(string text, in Token word, out int value)
    {
        var hyphen = word.Length < ShortestHyphenated ? -1 : HyphenAfterTens(text, word);
        if (hyphen > 0
            && Numbers.TryGetValue(text, word.Start, hyphen, out var tens) && tens >= 20
            && Numbers.TryGetValue(text, word.Start + hyphen + 1, word.Length - hyphen - 1, out var unit) && unit < 10)
        {
            value = tens + unit;
            return true;
        }
        value = 0;
        return false;
    }

    // Where the first hyphen of the word stands, when it may follow a tens word ("forty" to "seventy"), else -1.
    // Most words hold no hyphen where a tens word would end: those three characters are read before the rest.
    private static int HyphenAfterTens(string text, in Token word)
    {
        var reach = Math.Min(word.Length, LongestTensWord + 1);
        var hyphen = -1;
        for (var i = ShortestTensWord; i < reach && hyphen < 0; i++)
        {
            if (text[word.Start + i] == '-')
                hyphen = i;
        }
        if (hyphen < 0 || text.IndexOf('-', word.Start + 1, ShortestTensWord - 1) >= 0)
            return -1;
        return hyphen;
    }

    private const int ShortestTensWord = 5;
    private const int ShortestHyphenated = 9; // "forty-one"
    private const int LongestTensWord = 7;
}
