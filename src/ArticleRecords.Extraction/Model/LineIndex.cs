namespace ArticleRecords.Extraction;

/// <summary>Where each line of a text starts, to turn offsets into 0-based lines and columns.</summary>
public sealed class LineIndex
{
    private readonly int[] _starts;
    private readonly int _textLength;

    /// <summary>Indexes the lines of <paramref name="text"/> (lines end at <c>\n</c>).</summary>
    public LineIndex(string text)
    {
        // Counted first, so the index is one array of its exact size.
        var count = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            count++;
        _starts = new int[count];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            _starts[line++] = i + 1;
        _textLength = text.Length;
    }

    /// <summary>The number of lines.</summary>
    public int Count => _starts.Length;

    /// <summary>The offset of the first character of a 0-based line.</summary>
    public int StartOf(int line) => _starts[line];

    /// <summary>The offset just past the last character of a 0-based line, its <c>\n</c> excluded.</summary>
    public int EndOf(int line) => line + 1 < _starts.Length ? _starts[line + 1] - 1 : _textLength;

    /// <summary>The 0-based line holding an offset.</summary>
    public int LineOf(int offset)
    {
        int low = 0, high = _starts.Length - 1, found = 0;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (_starts[mid] <= offset)
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

    /// <summary>The 0-based column of an offset within its line.</summary>
    public int ColumnOf(int offset) => offset - _starts[LineOf(offset)];
}
