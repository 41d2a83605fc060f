namespace ArticleRecords.Extraction.Text;

internal enum TokenKind : byte
{
    /// <summary>Letters and digits starting with a letter, with inner hyphens and apostrophes ("Kassym-Jomart", "don't") or an initialism's dots ("U.S.").</summary>
    Word,

    /// <summary>Digits with group commas or a decimal point ("17", "1,000", "1.2").</summary>
    Number,

    /// <summary>Any other single character (a surrogate pair counts as one).</summary>
    Punctuation,
}

/// <summary>A token of the article text, located by offset. Its text is read through <see cref="ArticleDocument"/>.</summary>
/// <remarks>
/// An article has as many tokens as a fifth of its characters, so a token is packed into eight bytes: no string is
/// longer than 2^30 characters, which leaves the top two bits of the start and of the length free for the kind and the
/// two spacing flags. Its paragraph and whether it ends a sentence are the document's to tell
/// (<see cref="ArticleDocument.ParagraphOfToken"/>, <see cref="ArticleDocument.EndsSentence"/>).
/// </remarks>
internal readonly struct Token
{
    private const int OffsetBits = 30;
    private const int OffsetMask = (1 << OffsetBits) - 1;
    private const int SpaceBeforeBit = 1 << OffsetBits;
    private const int LineBreakBeforeBit = 1 << (OffsetBits + 1);

    private readonly int _startAndKind;
    private readonly int _lengthAndSpacing;

    public Token(int start, int length, TokenKind kind, bool spaceBefore, bool lineBreakBefore)
    {
        _startAndKind = start | ((int)kind << OffsetBits);
        _lengthAndSpacing = length | (spaceBefore ? SpaceBeforeBit : 0) | (lineBreakBefore ? LineBreakBeforeBit : 0);
    }

    public int Start => _startAndKind & OffsetMask;

    public int Length => _lengthAndSpacing & OffsetMask;

    public int End => Start + Length;

    public TokenKind Kind => (TokenKind)((uint)_startAndKind >> OffsetBits);

    /// <summary>Whether white space (of any kind, line breaks included) comes right before the token.</summary>
    public bool SpaceBefore => (_lengthAndSpacing & SpaceBeforeBit) != 0;

    /// <summary>
    /// Whether the token is the first on its line, and so the first of its paragraph (each line that holds a token is
    /// a paragraph).
    /// </summary>
    public bool LineBreakBefore => (_lengthAndSpacing & LineBreakBeforeBit) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
