namespace ArticleRecords.Extraction.Quotes;

/// <summary>A reporting cue and the speaker mention it belongs to, as token ranges (inclusive).</summary>
internal readonly record struct Attribution(int CueFirst, int CueLast, int MentionFirst, int MentionLast);
