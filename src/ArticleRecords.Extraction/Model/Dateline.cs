namespace ArticleRecords.Extraction;

/// <summary>The dateline that opens a wire report: "WASHINGTON (AP) —".</summary>
/// <param name="Place">The place as written: "ASTANA".</param>
/// <param name="Source">The agency as written, or null: "AP", "Reuters".</param>
/// <param name="Date">The date the dateline carries ("NEW YORK, March 26 -"), or null.</param>
/// <param name="Text">The dateline as written, punctuation included.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the article text.</param>
/// <param name="Length">Length of <paramref name="Text"/>.</param>
public sealed record Dateline(string Place, string? Source, DateMention? Date, string Text, int Start, int Length);
