using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>Where the body starts: after the headline and any bylines and time stamps.</summary>
internal static class ArticleOpening
{
    // "By ...", "Elena Marsh, Staff Writer", "Updated ...": no opening holds more lines than this.
    private const int MaxFrontMatterLines = 3;

    public static int FirstBodyParagraph(ArticleDocument document, TextRange? headline)
    {
        var paragraph = headline is { } range ? document.ParagraphOf(range.Start) + 1 : 0;
        return SkipFrontMatter(document, paragraph);
    }

    /// <summary>The first paragraph from <paramref name="paragraph"/> on that is no byline nor time stamp.</summary>
    public static int SkipFrontMatter(ArticleDocument document, int paragraph)
    {
        for (var n = 0; n < MaxFrontMatterLines && (BylineDetector.IsByline(document, paragraph) || TimestampLine.Is(document, paragraph)); n++)
            paragraph++;
        return paragraph;
    }
}
