using System;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// A document's tokens: the first <see cref="Count"/> of an array that may be longer, since the array is borrowed
/// from <see cref="TokenBuffers"/> and a reused buffer keeps the tokens of a longer article past the end. It has no
/// <c>Length</c>, so that no reader takes the array's length for the number of tokens; an index past the count
/// throws as one past the end of an array would.
/// </summary>
internal readonly struct TokenList
{
    private readonly Token[] _tokens;

    public TokenList(Token[] tokens, int count)
    {
        if ((uint)count > (uint)tokens.Length)
            throw new ArgumentOutOfRangeException(nameof(count));
        _tokens = tokens;
        Count = count;
    }

    public static TokenList Empty => new(Array.Empty<Token>(), 0);

    public int Count { get; }

    public ref readonly Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
                ThrowIndexOutOfRange();
            return ref _tokens[index];
        }
    }

    /// <summary>A copy of the tokens at their exact count (for tests and tools).</summary>
    public Token[] ToArray()
    {
        var copy = new Token[Count];
        if (Count > 0)
            Array.Copy(_tokens, copy, Count);
        return copy;
    }

    /// <summary>The array the tokens are held in, which may be longer than <see cref="Count"/>: only for <see cref="TokenBuffers.GiveBack"/>.</summary>
    public Token[] Buffer => _tokens ?? Array.Empty<Token>();

    private static void ThrowIndexOutOfRange() => throw new IndexOutOfRangeException();
}
