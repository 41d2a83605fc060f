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
    private const int MaxLength = 320;

    // The longest minor word ("from", "into", "over", "than"): longer lower-case words need no look-up.
    private const int MaxMinorWordLength = 4;

    public static bool[] Find(ArticleDocument document, CancellationToken cancellationToken)
    {
        var paragraphs = document.Paragraphs;
        var titleCase = new bool[paragraphs.Length];
        var tokens = document.Tokens;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if ((p & 0xFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            // Body paragraphs are longer than any line in title case: only short ones are read word by word.
            if (paragraphs[p].Length > MaxLength)
                continue;
            int words = 0, capitalised = 0;
            var isTitleCase = true;
            for (var i = document.TokenIndexAtOrAfter(paragraphs[p].Start); i < tokens.Length && tokens[i].Paragraph == p && isTitleCase; i++)
            {
                var token = tokens[i];
                if (!token.IsWord)
                    continue;
                words++;
                if (char.IsUpper(document.FirstChar(token)))
                    capitalised++;
                else
                    isTitleCase = token.Length <= MaxMinorWordLength && ParagraphShape.IsMinorWord(document.TextOf(token));
            }
            titleCase[p] = isTitleCase && words >= 3 && words <= MaxWords && capitalised >= 3;
        }
        return titleCase;
    }
}
