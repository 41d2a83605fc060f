namespace ArticleRecords.Evaluation;

/// <summary>What the scorer needs of an extracted quote.</summary>
internal sealed record ExtractedQuoteSpan(int Start, int End, string? Speaker, string Text, string? Mention = null, string? Cue = null, bool Partial = false);
