namespace ArticleRecords.Evaluation;

/// <summary>A gold direct quotation: the characters between a pair of marks inside a Content span, and the relation's Source text (or null).</summary>
internal sealed record GoldQuote(int Start, int End, string? Source)
{
    public int Length => End - Start;
}
