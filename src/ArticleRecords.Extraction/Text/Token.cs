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
/// An article has as many tokens as a fifth of its characters, so a token is packed into twelve bytes: no string is
/// longer than 2^30 characters, which leaves the top two bits of the start and of the length free for the kind and the
/// two spacing flags.
/// </remarks>
internal readonly struct Token
{
    private const int OffsetBits = 30;
    private const int OffsetMask = (1 << OffsetBits) - 1;
    private const int SpaceBeforeBit = 1 << OffsetBits;
    private const int LineBreakBeforeBit = 1 << (OffsetBits + 1);

    private const int SentenceEndBit = int.MinValue;

    private readonly int _startAndKind;
    private readonly int _lengthAndSpacing;

    // The paragraph (fewer than 2^29 in any string) and, in the top bit, whether the token ends its sentence.
    private readonly int _paragraphAndSentenceEnd;

    public Token(int start, int length, TokenKind kind, bool spaceBefore, bool lineBreakBefore, int paragraph)
    {
        _startAndKind = start | ((int)kind << OffsetBits);
        _lengthAndSpacing = length | (spaceBefore ? SpaceBeforeBit : 0) | (lineBreakBefore ? LineBreakBeforeBit : 0);
        _paragraphAndSentenceEnd = paragraph;
    }

    private Token(in Token token, bool endsSentence)
    {
        _startAndKind = token._startAndKind;
        _lengthAndSpacing = token._lengthAndSpacing;
        _paragraphAndSentenceEnd = token._paragraphAndSentenceEnd | (endsSentence ? SentenceEndBit : 0);
    }

    public int Start => _startAndKind & OffsetMask;

    public int Length => _lengthAndSpacing & OffsetMask;

    public int End => Start + Length;

    public TokenKind Kind => (TokenKind)((uint)_startAndKind >> OffsetBits);

    /// <summary>Whether white space (of any kind, line breaks included) comes right before the token.</summary>
    public bool SpaceBefore => (_lengthAndSpacing & SpaceBeforeBit) != 0;

    /// <summary>Whether the token is the first on its line.</summary>
    public bool LineBreakBefore => (_lengthAndSpacing & LineBreakBeforeBit) != 0;

    /// <summary>The 0-based paragraph the token stands in.</summary>
    public int Paragraph => _paragraphAndSentenceEnd & int.MaxValue;

    /// <summary>Whether the token is the last of its sentence (marked by <see cref="SentenceSplitter"/>).</summary>
    public bool EndsSentence => _paragraphAndSentenceEnd < 0;

    /// <summary>The same token, marked as the last of its sentence.</summary>
    public Token EndingSentence() => new(this, endsSentence: true);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
