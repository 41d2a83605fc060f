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
internal readonly struct Token
{
    public Token(int start, int length, TokenKind kind, bool spaceBefore, bool lineBreakBefore, int paragraph)
    {
        Start = start;
        Length = length;
        Kind = kind;
        SpaceBefore = spaceBefore;
        LineBreakBefore = lineBreakBefore;
        Paragraph = paragraph;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public TokenKind Kind { get; }

    /// <summary>Whether white space (of any kind, line breaks included) comes right before the token.</summary>
    public bool SpaceBefore { get; }

    /// <summary>Whether the token is the first on its line.</summary>
    public bool LineBreakBefore { get; }

    /// <summary>The 0-based paragraph the token stands in.</summary>
    public int Paragraph { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
