using System;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// The token array each thread lends to the article it is reading: the tokenizer fills it and the document holds it
/// until the extraction gives it back (<see cref="ArticleDocument.GiveBackTokens"/>), so an article's tokens, which
/// weigh more than its text, are not allocated anew for each article. One array per thread at most, and not one that
/// a huge article grew; an array that is never given back is simply not reused.
/// </summary>
internal static class TokenBuffers
{
    private const int SmallestBuffer = 1024;
    private const int LargestKeptBuffer = 1 << 16;

    [ThreadStatic]
    private static Token[]? _kept;

    /// <summary>The thread's kept array, or a new one; the caller owns it until it gives it back.</summary>
    public static Token[] Borrow()
    {
        var buffer = _kept ?? new Token[SmallestBuffer];
        _kept = null;
        return buffer;
    }

    /// <summary>Keeps the array of <paramref name="tokens"/> for the thread's next article; the caller no longer reads them.</summary>
    public static void GiveBack(TokenList tokens)
    {
        var buffer = tokens.Buffer;
        if (buffer.Length >= SmallestBuffer && buffer.Length <= LargestKeptBuffer && (_kept is null || _kept.Length < buffer.Length))
            _kept = buffer;
    }
}
