namespace ArticleRecords.Extraction;

/// <summary>A run of UTF-16 code units in an article's normalised text.</summary>
/// <param name="Start">The offset of the first code unit.</param>
/// <param name="Length">The number of code units.</param>
public readonly record struct TextRange(int Start, int Length)
{
    /// <summary>The offset just past the run.</summary>
    public int End => Start + Length;

    /// <summary>Whether <paramref name="offset"/> falls inside the run.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
