using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>
/// The words an article writes in lower case, to tell a capitalised common noun ("President Executive Order")
/// from a name. At the first question the words are sorted by shape (first letter and length) in one pass, and a
/// question compares only the words of its own shape; should the questions together have compared more words than
/// the article writes, the words are hashed into a set for the rest (so the work stays linear). The arrays are
/// kept per thread for the next article (those that a huge article grew are not kept).
/// </summary>
internal sealed class CommonWords
{
    private const int LengthSlots = 32;
    private const int FirstSlots = 27;
    private const int Shapes = FirstSlots * LengthSlots;
    private const int LargestKept = 1 << 14;

    [ThreadStatic]
    private static int[]? _keptShapeStarts;

    [ThreadStatic]
    private static int[]? _keptByShape;

    [ThreadStatic]
    private static TextSliceSet? _keptSet;

    private readonly ArticleDocument _document;
    private readonly CancellationToken _cancellationToken;

    // Where each shape's words start in _byShape (one entry more than there are shapes), and the words' token indexes.
    private int[]? _shapeStarts;
    private int[]? _byShape;
    private int _wordCount;
    private int _compared;
    private TextSliceSet? _set;

    public CommonWords(ArticleDocument document, CancellationToken cancellationToken)
    {
        _document = document;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Whether the article writes <paramref name="word"/> (lower-case) as a word of its own.</summary>
    public bool Contains(string word)
    {
        if (word.Length == 0)
            return false;
        if (_set is not null)
            return _set.Contains(word);
        if (_shapeStarts is null)
            SortByShape();
        var shape = ShapeOf(word[0], word.Length);
        var tokens = _document.Tokens;
        var text = _document.Text;
        for (var i = _shapeStarts![shape]; i < _shapeStarts[shape + 1]; i++)
        {
            var token = tokens[_byShape![i]];
            if (token.Length == word.Length && string.CompareOrdinal(text, token.Start, word, 0, word.Length) == 0)
                return true;
            if (++_compared > _wordCount)
            {
                _set = Gather();
                return _set.Contains(word);
            }
        }
        return false;
    }

    /// <summary>Hands the arrays back for the thread's next article; this instance is not asked again.</summary>
    public void Release()
    {
        if (_shapeStarts is not null && _byShape!.Length <= LargestKept)
        {
            _keptShapeStarts = _shapeStarts;
            _keptByShape = _byShape;
        }
        if (_set is not null && _set.Capacity <= LargestKept)
            _keptSet = _set;
        _shapeStarts = _byShape = null;
        _set = null;
    }

    private static int ShapeOf(char first, int length) =>
        (first is >= 'a' and <= 'z' ? first - 'a' : FirstSlots - 1) * LengthSlots + Math.Min(length, LengthSlots - 1);

    private static bool IsLowerCaseWord(string text, in Token token) => token.IsWord && char.IsLower(text[token.Start]);

    // A counting sort of the lower-case words' token indexes by shape: each shape's count, summed up to its end,
    // counted back down to its start as its words are placed.
    private void SortByShape()
    {
        var tokens = _document.Tokens;
        var text = _document.Text;
        var starts = _keptShapeStarts ?? new int[Shapes + 1];
        _keptShapeStarts = null;
        Array.Clear(starts, 0, starts.Length);
        var count = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            if ((t & 0xFFF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            if (IsLowerCaseWord(text, tokens[t]))
            {
                starts[ShapeOf(text[tokens[t].Start], tokens[t].Length)]++;
                count++;
            }
        }
        for (var shape = 1; shape < Shapes; shape++)
            starts[shape] += starts[shape - 1];
        starts[Shapes] = count;
        var byShape = _keptByShape is { } kept && kept.Length >= count ? kept : new int[Math.Max(count, 1024)];
        _keptByShape = null;
        for (var t = tokens.Length - 1; t >= 0; t--)
        {
            if (IsLowerCaseWord(text, tokens[t]))
                byShape[--starts[ShapeOf(text[tokens[t].Start], tokens[t].Length)]] = t;
        }
        _shapeStarts = starts;
        _byShape = byShape;
        _wordCount = count;
    }

    private TextSliceSet Gather()
    {
        var words = _keptSet ?? new TextSliceSet(256);
        _keptSet = null;
        words.Clear(_document.Text);
        var tokens = _document.Tokens;
        var text = _document.Text;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            if (IsLowerCaseWord(text, tokens[i]))
                words.Add(tokens[i].Start, tokens[i].Length);
        }
        return words;
    }
}
