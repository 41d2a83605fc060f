using System.Globalization;

namespace ArticleRecords.Extraction.Text;

/// <summary>Character classes the tokenizer and the extractors agree on.</summary>
internal static class CharClass
{
    public static bool IsWordStart(string text, int i) => char.IsLetter(text, i);

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Straight, curly and modifier apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsDash(char c) => c is '\u2013' or '\u2014' or '\u2015' or '\u2212';

    // No ASCII character is a mark: most calls end there, before the Unicode tables.
    public static bool IsCombining(char c) =>
        c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Zero-width and direction marks: they separate nothing and mean nothing to a reader.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
