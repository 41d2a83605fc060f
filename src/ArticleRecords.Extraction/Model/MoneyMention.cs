namespace ArticleRecords.Extraction;

/// <summary>A sum of money written in the text.</summary>
/// <param name="Text">The figure as written: "$17 billion".</param>
/// <param name="Amount">The amount with scale words applied: 17000000000.</param>
/// <param name="Currency">The ISO 4217 code: "USD".</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the article text.</param>
/// <param name="Length">Length of <paramref name="Text"/>.</param>
public sealed record MoneyMention(string Text, decimal Amount, string Currency, int Start, int Length);
