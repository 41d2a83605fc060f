using ArticleRecords.Extraction.Datelines;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>
/// Decides whether the first paragraph is a headline. It is when a dateline, byline or time stamp follows it, or
/// when it reads as one: short, a body after it, and either in title case, without closing punctuation,
/// or a single sentence without the marks of a news lead (see <see cref="ParagraphShape"/>).
/// It never is when it opens with a dateline or is the only paragraph.
/// </summary>
internal static class HeadlineDetector
{
    private const int MaxWords = 40;
    private const int MaxSentenceCaseWords = 18;
    private const int MaxWordsWithAuxiliary = 10;
    private const int MaxLength = 320;

    public static TextRange? Detect(ArticleDocument document)
    {
        var paragraphs = document.Paragraphs;
        if (paragraphs.Length < 2)
            return null;
        var first = paragraphs[0];
        if (first.Length > MaxLength || DatelineMatcher.MatchAt(document, 0) is not null || BylineDetector.IsByline(document, 0) || TimestampLine.Is(document, 0))
            return null;

        var shape = ParagraphShape.Measure(document, 0);
        if (shape.Words == 0 || shape.Words > MaxWords)
            return null;

        var next = ArticleOpening.SkipFrontMatter(document, 1);
        if (next > 1 || DatelineMatcher.MatchAt(document, next) is not null)
            return first;

        if (shape.EndsWith == ':')
            return null;
        if (shape.IsTitleCase || !shape.EndsWithTerminator)
            return first;
        return shape.Sentences == 1 && !shape.HasLeadWord && shape.Words <= MaxSentenceCaseWords
               && !(shape.HasAuxiliary && shape.Words > MaxWordsWithAuxiliary)
            ? first
            : null;
    }
}
