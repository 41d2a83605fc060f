using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>
/// A byline paragraph: "By Elena Marsh", "By Tom Ellery and Jane Doe, Associated Press", "BYLINE: Amber Phillips",
/// or names and a newsroom role without "By": "Elena Marsh, Staff Writer".
/// </summary>
internal static class BylineDetector
{
    private const int MaxTokens = 16;

    // Lower-case words a byline may hold: name particles and joiners.
    private static readonly HashSet<string> AllowedLowercase = new(StringComparer.Ordinal)
    {
        "and", "de", "da", "del", "der", "van", "von", "la", "le", "di", "du", "bin", "al", "el", "for", "in", "of",
    };

    // The last word of a byline without "By": the writer's role or agency.
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "Writer", "Reporter", "Correspondent", "Editor", "Contributor", "Columnist", "Chief", "Press", "Reuters",
        "AP", "AFP", "Bloomberg", "Staff", "Journalist", "Analyst", "WRITER", "REPORTER", "CORRESPONDENT", "EDITOR",
    };

    public static bool IsByline(ArticleDocument document, int paragraph)
    {
        if (paragraph < 0 || paragraph >= document.Paragraphs.Length)
            return false;
        var tokens = document.Tokens;
        var first = document.FirstTokenOf(paragraph);
        if (first + 1 >= tokens.Count || !document.IsInParagraph(first + 1, paragraph))
            return false;
        var hasBy = document.Is(tokens[first], "By") || document.Is(tokens[first], "BY");
        if (!hasBy)
            return IsLabelledByline(document, paragraph, first) || IsNameAndRole(document, paragraph, first);
        if (!document.IsCapitalized(tokens[first + 1]))
            return false;
        return IsNameWords(document, paragraph, first + 1, first);
    }

    // "BYLINE: Amber Phillips."
    private static bool IsLabelledByline(ArticleDocument document, int paragraph, int first)
    {
        var tokens = document.Tokens;
        return (document.Is(tokens[first], "BYLINE") || document.Is(tokens[first], "Byline"))
               && first + 2 < tokens.Count && document.IsInParagraph(first + 2, paragraph) && document.Is(tokens[first + 1], ":")
               && document.IsCapitalized(tokens[first + 2]) && IsNameWords(document, paragraph, first + 2, first);
    }

    // "Elena Marsh, Staff Writer", "Tom Ellery and Jane Doe, Associated Press": names, a comma, a newsroom role.
    private static bool IsNameAndRole(ArticleDocument document, int paragraph, int first)
    {
        var tokens = document.Tokens;
        if (!document.IsCapitalized(tokens[first]) || !IsNameWords(document, paragraph, first, first))
            return false;
        var comma = -1;
        var last = -1;
        for (var i = first; i < tokens.Count && document.IsInParagraph(i, paragraph); i++)
        {
            if (comma < 0 && document.Is(tokens[i], ","))
                comma = i;
            if (tokens[i].IsWord)
                last = i;
        }
        return comma > first + 1 && last > comma && Roles.Contains(document.TextOf(tokens[last]));
    }

    private static bool IsNameWords(ArticleDocument document, int paragraph, int from, int first)
    {
        var tokens = document.Tokens;
        for (var i = from; i < tokens.Count && document.IsInParagraph(i, paragraph); i++)
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
