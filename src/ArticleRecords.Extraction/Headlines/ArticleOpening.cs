using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>Where the body starts: after the headline and a byline, when there are any.</summary>
internal static class ArticleOpening
{
    public static int FirstBodyParagraph(ArticleDocument document, TextRange? headline)
    {
        var paragraph = headline is { } range ? document.ParagraphOf(range.Start) + 1 : 0;
        return BylineDetector.IsByline(document, paragraph) ? paragraph + 1 : paragraph;
    }
}
