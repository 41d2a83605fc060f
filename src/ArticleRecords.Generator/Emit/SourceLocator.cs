using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Emit;

/// <summary>Finds, for an offset in an article, its 1-based line and the sentence around it, for doc comments.</summary>
internal sealed class SourceLocator
{
    private readonly ExtractedArticle _article;
    private readonly int[] _lineStarts;

    public SourceLocator(ExtractedArticle article)
    {
        _article = article;
        var starts = new System.Collections.Generic.List<int> { 0 };
        for (var i = 0; i < article.Text.Length; i++)
        {
            if (article.Text[i] == '\n')
                starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public int LineOf(int offset) => LastStartAtOrBefore(_lineStarts, offset) + 1;

    /// <summary>The sentence holding the offset, else its paragraph, else the text around it.</summary>
    public string SentenceAround(int offset)
    {
        var range = Containing(_article.Sentences, offset) ?? Containing(_article.Paragraphs, offset);
        if (range is { } r)
            return _article.Text.Substring(r.Start, r.Length);
        var line = LineOf(offset) - 1;
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _article.Text.Length;
        return _article.Text.Substring(_lineStarts[line], end - _lineStarts[line]);
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

    private static int LastStartAtOrBefore(int[] starts, int offset)
    {
        int low = 0, high = starts.Length - 1, found = 0;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (starts[mid] <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }
}
