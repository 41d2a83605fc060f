using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>A byline paragraph: "By Elena Marsh", "By Tom Ellery and Jane Doe, Associated Press".</summary>
internal static class BylineDetector
{
    private const int MaxTokens = 16;

    // Lower-case words a byline may hold: name particles and joiners.
    private static readonly HashSet<string> AllowedLowercase = new(StringComparer.Ordinal)
    {
        "and", "de", "da", "del", "der", "van", "von", "la", "le", "di", "du", "bin", "al", "el", "for", "in", "of",
    };

    public static bool IsByline(ArticleDocument document, int paragraph)
    {
        if (paragraph < 0 || paragraph >= document.Paragraphs.Length)
            return false;
        var tokens = document.Tokens;
        var first = document.TokenIndexAtOrAfter(document.Paragraphs[paragraph].Start);
        if (first + 1 >= tokens.Length || tokens[first + 1].Paragraph != paragraph)
            return false;
        if (!document.Is(tokens[first], "By") && !document.Is(tokens[first], "BY"))
            return false;
        if (!document.IsCapitalized(tokens[first + 1]))
            return false;

        for (var i = first + 1; i < tokens.Length && tokens[i].Paragraph == paragraph; i++)
        {
            if (i - first >= MaxTokens)
                return false;
            var token = tokens[i];
            if (token.IsWord && !document.IsCapitalized(token) && !AllowedLowercase.Contains(document.TextOf(token)))
                return false;
            if (token.IsPunctuation && document.FirstChar(token) is not ('.' or ',' or '-' or '|' or '/' or '\u2019' or '\''))
                return false;
        }
        return true;
    }
}
