using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

internal static class HeadlineDetector
{
    // PLACEHOLDER until the datelines work lands.
    public static TextRange? Detect(ArticleDocument document) => null;
}
