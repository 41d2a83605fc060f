using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>
/// Which paragraphs are short lines in title case, every word but the minor ones capitalised ("Hillary Clinton Just Got Some Devastating News"): there
/// every word is capitalised, so capitals do not mark names. One pass over the tokens.
/// </summary>
internal static class TitleCaseParagraphs
{
    private const int MaxWords = 40;

    // The longest minor word ("from", "into", "over", "than"): longer lower-case words need no look-up.
    private const int MaxMinorWordLength = 4;

    public static bool[] Find(ArticleDocument document, CancellationToken cancellationToken)
    {
        var paragraphs = document.Paragraphs.Length;
        var words = new int[paragraphs];
        var capitalised = new int[paragraphs];
        var lowercase = new int[paragraphs];
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var token = tokens[i];
            if (!token.IsWord || token.Paragraph < 0 || token.Paragraph >= paragraphs)
                continue;
            words[token.Paragraph]++;
            if (char.IsUpper(document.FirstChar(token)))
                capitalised[token.Paragraph]++;
            else if (lowercase[token.Paragraph] == 0 && (token.Length > MaxMinorWordLength || !ParagraphShape.IsMinorWord(document.TextOf(token))))
                lowercase[token.Paragraph]++;
        }

        var titleCase = new bool[paragraphs];
        for (var p = 0; p < paragraphs; p++)
            titleCase[p] = words[p] >= 3 && words[p] <= MaxWords && lowercase[p] == 0 && capitalised[p] >= 3;
        return titleCase;
    }
}
