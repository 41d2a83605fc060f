namespace ArticleRecords.Extraction.Quotes;

/// <summary>A mention of a known person or organisation: where it stands and the fullest name it stands for.</summary>
internal readonly record struct EntityMention(int Start, int End, string Name, bool IsPerson, string? Title);
