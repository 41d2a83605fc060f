using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>
/// A short line between headline and body that stamps the article's time: "Updated 10:42 a.m. ET, Nov. 7, 2025",
/// "Published March 3, 2024", "Posted: 11/07/2025". It opens with a stamp word and holds a number.
/// </summary>
internal static class TimestampLine
{
    private const int MaxTokens = 20;

    private static readonly HashSet<string> StampWords = new(StringComparer.Ordinal)
    {
        "Updated", "UPDATED", "Published", "PUBLISHED", "Posted", "POSTED", "Modified", "MODIFIED",
    };

    public static bool Is(ArticleDocument document, int paragraph)
    {
        if (paragraph < 0 || paragraph >= document.Paragraphs.Length)
            return false;
        var tokens = document.Tokens;
        var first = document.FirstTokenOf(paragraph);
        if (first >= tokens.Count || !document.IsInParagraph(first, paragraph))
            return false;
        var word = document.TextOf(tokens[first]);
        // "Last updated", "First published": the stamp word comes second.
        if (word is "Last" or "LAST" or "First" or "FIRST")
        {
            if (first + 1 >= tokens.Count || !document.IsInParagraph(first + 1, paragraph)
                || !StampWords.Contains(document.TextOf(tokens[first + 1]), StringComparer.OrdinalIgnoreCase))
                return false;
        }
        else if (!StampWords.Contains(word))
        {
            return false;
        }

        var hasNumber = false;
        var i = first;
        for (; i < tokens.Count && document.IsInParagraph(i, paragraph); i++)
        {
            if (i - first >= MaxTokens)
                return false;
            hasNumber |= tokens[i].IsNumber;
        }
        return hasNumber;
    }
}
