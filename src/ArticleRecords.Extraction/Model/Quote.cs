namespace ArticleRecords.Extraction;

/// <summary>A direct quotation and who said it.</summary>
/// <param name="Text">The quoted words without the quotation marks (reopening marks of later paragraphs removed).</param>
/// <param name="Speaker">The fullest name the article gives the person or organisation who said it, or null.</param>
/// <param name="SpeakerMention">The speaker as written at the cue ("He", "the statement", "Tokayev"), or null.</param>
/// <param name="Cue">The reporting words as written ("said", "according to"), or null.</param>
/// <param name="IsPartial">Whether the quotation is a fragment inside the writer's own sentence.</param>
/// <param name="Paragraph">The 0-based paragraph where the quotation opens.</param>
/// <param name="Start">Offset of the first quoted character (just inside the opening mark).</param>
/// <param name="Length">Length up to the closing mark (exclusive).</param>
public sealed record Quote(
    string Text,
    string? Speaker,
    string? SpeakerMention,
    string? Cue,
    bool IsPartial,
    int Paragraph,
    int Start,
    int Length);
