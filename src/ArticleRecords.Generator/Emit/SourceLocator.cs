using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Emit;

/// <summary>Finds, for an offset in an article, its 1-based line and the sentence around it, for doc comments.</summary>
internal sealed class SourceLocator
{
    private readonly ExtractedArticle _article;
    private readonly LineIndex _lines;

    public SourceLocator(ExtractedArticle article)
    {
        _article = article;
        _lines = new LineIndex(article.Text);
    }

    public int LineOf(int offset) => _lines.LineOf(offset) + 1;

    /// <summary>The sentence holding the offset, else its paragraph, else its line.</summary>
    public string SentenceAround(int offset)
    {
        var range = Containing(_article.Sentences, offset) ?? Containing(_article.Paragraphs, offset);
        if (range is { } r)
            return _article.Text.Substring(r.Start, r.Length);
        var line = _lines.LineOf(offset);
        return _article.Text.Substring(_lines.StartOf(line), _lines.EndOf(line) - _lines.StartOf(line));
    }

    private static TextRange? Containing(EquatableArray<TextRange> ranges, int offset)
    {
        int low = 0, high = ranges.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var range = ranges[mid];
            if (offset < range.Start)
                high = mid - 1;
            else if (offset >= range.End)
                low = mid + 1;
            else
                return range;
        }
        return null;
    }
}
