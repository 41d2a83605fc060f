namespace ArticleRecords.Extraction.Datelines;

/// <summary>The parts of a dateline found at a paragraph's start, as offsets into the article text.</summary>
/// <param name="Span">The whole dateline, closing dash or colon included.</param>
/// <param name="Place">The city in capitals: "RENO", "SEATTLE/WASHINGTON".</param>
/// <param name="Source">The agency inside the parentheses, trimmed, or null.</param>
/// <param name="Date">The date part ("March 26" in "NEW YORK, March 26 -"), or null.</param>
internal readonly record struct DatelineMatch(TextRange Span, TextRange Place, TextRange? Source, TextRange? Date);
