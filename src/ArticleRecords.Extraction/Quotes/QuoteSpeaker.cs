namespace ArticleRecords.Extraction.Quotes;

/// <summary>Who said a quotation: the fullest name, the mention and the cue as written (each may be null).</summary>
internal readonly record struct QuoteSpeaker(string? Speaker, string? Mention, string? Cue)
{
    public static QuoteSpeaker Nobody => default;
}
