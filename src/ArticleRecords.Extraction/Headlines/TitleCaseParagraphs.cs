using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>
/// Which paragraphs are short lines in title case, every word but the minor ones capitalised ("Hillary Clinton
/// Just Got Some Devastating News"): there capitals do not mark names. Each paragraph is read once, when first
/// asked about, and only up to its first lower-case word.
/// </summary>
internal sealed class TitleCaseParagraphs
{
    private const int MaxWords = 40;
    private const int MaxLength = 320;

    // The longest minor word ("from", "into", "over", "than"): longer lower-case words need no look-up.
    private const int MaxMinorWordLength = 4;

    private readonly ArticleDocument _document;
    private readonly sbyte[] _known;

    public TitleCaseParagraphs(ArticleDocument document)
    {
        _document = document;
        _known = new sbyte[document.Paragraphs.Length];
    }

    public bool IsTitleCase(int paragraph)
    {
        if (paragraph < 0 || paragraph >= _known.Length)
            return false;
        if (_known[paragraph] == 0)
            _known[paragraph] = Read(paragraph) ? (sbyte)1 : (sbyte)-1;
        return _known[paragraph] > 0;
    }

    private bool Read(int paragraph)
    {
        var document = _document;
        var range = document.Paragraphs[paragraph];
        // Body paragraphs are longer than any line in title case.
        if (range.Length > MaxLength)
            return false;
        var tokens = document.Tokens;
        int words = 0, capitalised = 0;
        for (var i = document.FirstTokenOf(paragraph); i < tokens.Count && document.IsInParagraph(i, paragraph); i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
                continue;
            words++;
            if (char.IsUpper(document.FirstChar(token)))
                capitalised++;
            else if (token.Length > MaxMinorWordLength || !ParagraphShape.IsMinorWord(document, token))
                return false;
        }
        return words >= 3 && words <= MaxWords && capitalised >= 3;
    }
}
