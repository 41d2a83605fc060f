using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>Token tests the date readers share: plain digit runs, ordinal suffixes, what may follow a year.</summary>
internal static class DateWords
{
    private static readonly SliceTable<int> Ordinals = new(new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["twenty-second"] = 22, ["twenty-third"] = 23,
        ["twenty-fourth"] = 24, ["twenty-fifth"] = 25, ["twenty-sixth"] = 26, ["twenty-seventh"] = 27,
        ["twenty-eighth"] = 28, ["twenty-ninth"] = 29, ["thirtieth"] = 30, ["thirty-first"] = 31,
    }, ignoreCase: true);

    // Capitalised at a sentence start, these still introduce a date: "On May 5", "By May 2026".
    private static readonly SliceSet TimeWords = new(new[]
    {
        "on", "in", "by", "since", "until", "till", "from", "through", "between", "before", "after", "during", "early",
        "late", "mid", "last", "next", "this", "of", "to", "and", "or", "the", "said", "says", "as", "for",
        "that", "than", "around", "about", "circa", "dated", "effective", "starting", "beginning", "ending",
    }, ignoreCase: true);

    // Lower-case words that may follow a year without making it a number of things: "in 2016 and", "of 2026 was".
    private static readonly SliceSet YearFollowers = new(new[]
    {
        "and", "or", "but", "to", "through", "until", "when", "as", "after", "before", "for", "with", "that", "which",
        "while", "where", "the", "a", "an", "in", "on", "at", "by", "of", "from", "is", "was", "were", "had", "has",
        "have", "will", "would", "could", "should", "he", "she", "it", "they", "we", "i", "you", "alone", "compared",
        "than", "so", "because", "if", "though", "although", "amid", "despite", "ended", "began", "saw", "brought",
        "there", "this", "his", "her", "its", "their", "our", "also", "only", "already",
    });

    /// <summary>
    /// Whether a capitalised word that is not a preposition stands right before: "Theresa May 2019" is a person.
    /// </summary>
    public static bool FollowsName(ArticleDocument document, int index)
    {
        if (index == 0 || !document.Tokens[index].SpaceBefore || !document.IsCapitalized(document.Tokens[index - 1]))
            return false;
        return !TimeWords.Contains(document, document.Tokens[index - 1]);
    }

    /// <summary>The value of a plain run of 1 to <paramref name="maxDigits"/> ASCII digits, or -1.</summary>
    public static int Digits(ArticleDocument document, in Token token, int maxDigits) =>
        !token.IsNumber || token.Length > maxDigits ? -1 : Digits(document.Text, token.Start, token.Length);

    /// <summary>The value of a run of 1 to 9 ASCII digits, or -1 (for an empty run too).</summary>
    public static int Digits(string text, int start, int length)
    {
        if (length < 1 || length > 9)
            return -1;
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /// <summary>A four-digit year (1000-2999) written as a plain token, or -1.</summary>
    public static int Year(ArticleDocument document, in Token token) =>
        token.Length == 4 && Digits(document, token, 4) is var year and >= 1000 and <= 2999 ? year : -1;

    public static bool IsOrdinalSuffix(ArticleDocument document, int index) =>
        index < document.Tokens.Count && !document.Tokens[index].SpaceBefore && document.Tokens[index].IsWord
        && (document.Is(document.Tokens[index], "st", true) || document.Is(document.Tokens[index], "nd", true)
            || document.Is(document.Tokens[index], "rd", true) || document.Is(document.Tokens[index], "th", true));

    /// <summary>"first" to "thirty-first".</summary>
    public static IEnumerable<string> OrdinalWords => Ordinals.Entries.Select(entry => entry.Key);

    public static bool TryOrdinalWord(ArticleDocument document, in Token token, out int day) => Ordinals.TryGetValue(document, token, out day);

    public static bool IsPunct(ArticleDocument document, int index, char c) =>
        index >= 0 && index < document.Tokens.Count && document.Tokens[index].IsPunctuation && document.FirstChar(document.Tokens[index]) == c;

    public static bool IsRangeDash(ArticleDocument document, int index) =>
        index >= 0 && index < document.Tokens.Count && document.Tokens[index].IsPunctuation
        && (CharClass.IsHyphen(document.FirstChar(document.Tokens[index])) || document.FirstChar(document.Tokens[index]) == '\u2013');

    public static bool IsWord(ArticleDocument document, int index, string word) =>
        index >= 0 && index < document.Tokens.Count && document.Tokens[index].IsWord && document.Is(document.Tokens[index], word, true);

    /// <summary>Whether the number is glued to a mark that makes it part of a bigger figure: "52-48", "7/11", "7:30", "1.5", "3,7".</summary>
    public static bool GluedToNumberPunctuation(ArticleDocument document, int index)
    {
        if (index == 0 || document.Tokens[index].SpaceBefore || !document.Tokens[index - 1].IsPunctuation)
            return false;
        var c = document.FirstChar(document.Tokens[index - 1]);
        return c is '/' or ':' or '.' or ',' or '+' || CharClass.IsHyphen(c) || CharClass.IsDash(c);
    }

    /// <summary>Whether a currency symbol stands right before the token: "$7" is never the 7th.</summary>
    public static bool FollowsCurrency(ArticleDocument document, int index) =>
        index > 0 && document.Tokens[index - 1].IsPunctuation
        && CharUnicodeInfo.GetUnicodeCategory(document.Text, document.Tokens[index - 1].Start) == UnicodeCategory.CurrencySymbol;

    /// <summary>
    /// Whether what follows the number at <paramref name="index"/> lets it be a year: not a noun ("2016 campaign",
    /// "1500 cases"), not glued to more ("1990s", "2016-17", "2016%").
    /// </summary>
    public static bool CanEndYear(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        var next = index + 1;
        if (next >= tokens.Count || tokens[next].LineBreakBefore)
            return true;
        var token = tokens[next];
        if (!token.SpaceBefore)
        {
            if (token.IsWord || token.IsNumber)
                return false;
            var c = document.FirstChar(token);
            if (c == '%')
                return false;
            var joinsMore = next + 1 < tokens.Count && !tokens[next + 1].SpaceBefore && (tokens[next + 1].IsNumber || tokens[next + 1].IsWord);
            return !(joinsMore && (c == '/' || CharClass.IsHyphen(c) || CharClass.IsDash(c) || CharClass.IsApostrophe(c)));
        }
        if (token.IsNumber || (token.IsPunctuation && document.FirstChar(token) == '%'))
            return false;
        if (!token.IsWord || !char.IsLower(document.FirstChar(token)))
            return true;
        return YearFollowers.Contains(document, token);
    }

    /// <summary>Whether the number at <paramref name="index"/> is followed by something that makes it a quantity or a time.</summary>
    public static bool IsQuantityOrTime(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        var next = index + 1;
        if (next >= tokens.Count)
            return false;
        var token = tokens[next];
        if (token.IsPunctuation)
        {
            var c = document.FirstChar(token);
            return !token.SpaceBefore && (c is ':' or '%' or '/' || (c == '.' && next + 1 < tokens.Count && tokens[next + 1].IsNumber && !tokens[next + 1].SpaceBefore));
        }
        if (!token.IsWord)
            return false;
        if (!token.SpaceBefore)
            return !IsOrdinalSuffix(document, next);
        return QuantityAndTimeWords.Contains(document, token);
    }

    private static readonly SliceSet QuantityAndTimeWords = new(new[]
    {
        "percent", "per", "million", "billion", "trillion", "thousand", "hundred", "pm", "am", "p.m.", "a.m.",
    });
}
