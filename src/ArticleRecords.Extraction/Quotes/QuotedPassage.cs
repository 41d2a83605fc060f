using System.Collections.Generic;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// A passage between an opening and its closing double mark. A passage over several paragraphs
/// has one piece per paragraph, each after that paragraph's (re)opening mark.
/// </summary>
internal sealed class QuotedPassage
{
    public QuotedPassage(int openMark, int closeMark, int paragraph, List<TextRange> pieces)
    {
        OpenMark = openMark;
        CloseMark = closeMark;
        Paragraph = paragraph;
        Pieces = pieces;
    }

    public int OpenMark { get; }

    public int CloseMark { get; }

    /// <summary>The paragraph of the opening mark.</summary>
    public int Paragraph { get; }

    /// <summary>The quoted text of each paragraph, marks excluded.</summary>
    public List<TextRange> Pieces { get; }

    /// <summary>The paragraph where the closing mark stands.</summary>
    public int LastParagraph => Paragraph + Pieces.Count - 1;

    public int Start => OpenMark + 1;

    public int Length => CloseMark - Start;
}
