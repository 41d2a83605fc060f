using System.Linq;
using CsCheck;

namespace ArticleRecords.Generator.Tests.Hostile;

/// <summary>Generators of article text built from the pieces most likely to break a generator or its output.</summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    {
        // quotation marks of every kind, in any number
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "\"\"\"", "''",
        // what could end a literal, a comment or a doc comment
        "\\", "\\\"", "*/", "/*", "//", "///", "#", "#region", "#if X", "{", "}", "{0}", "$\"", "@\"",
        "<summary>", "</summary>", "<see cref=\"X\"/>", "&amp;", "&", "<", ">", "]]>",
        // control, invisible and direction characters, lone surrogates
        "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\u200B", "\u200D", "\u200E", "\u202E", "\u2066",
        "\uFEFF", "\uFFFE", "\uD800", "\uDC00", "😀", "é", "ß", "İ", "ı",
        // line endings of every kind
        "\r", "\n", "\r\n", "\n\n", "\r\r\n", " ", "\t",
        // news text the extractors act on
        "WASHINGTON (AP) — ", "LONDON (Reuters) - ", "“We won,” she said. ", "he said", "Mr. Smith", "President Jane Doe",
        "$17 billion", "$1.2bn", "€5m", "Nov. 7", "on Tuesday", "11/7/2025", "2025-11-07", "U.S.", "UN", "Kazakhstan",
        "word", "Capital", "1,000", "52-48", ".", ",", ":", "—", "-", "(", ")",
    };

    /// <summary>One article's text: up to 60 hostile pieces in any order.</summary>
    public static readonly Gen<string> Article =
        Gen.OneOfConst(Pieces).Array[0, 60].Select(parts => string.Concat(parts));

    /// <summary>An article with one very long line (100,000 characters) somewhere in it.</summary>
    public static readonly Gen<string> LongLineArticle =
        Gen.Select(Article, Gen.OneOfConst("x", "“", "Capital ", "$1 ", "\\"), Article,
            (before, unit, after) => before + string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length)) + after);
}
