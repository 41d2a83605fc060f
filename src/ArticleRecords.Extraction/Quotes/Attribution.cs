namespace ArticleRecords.Extraction.Quotes;

/// <summary>A reporting cue and the speaker mention it belongs to, as token ranges (inclusive).</summary>
internal readonly record struct Attribution(int CueFirst, int CueLast, int MentionFirst, int MentionLast, bool ByAgent = false)
{
    /// <summary>A cue whose speaker the sentence does not name ("Trump was asked, “…”"): no later rule may guess one.</summary>
    public static Attribution Unnamed(int cueFirst, int cueLast) => new(cueFirst, cueLast, -1, -1);

    public bool NamesNobody => MentionFirst < 0;

    /// <summary>
    /// The agent of a passive cue ("Rubio was asked by moderator Gerard Baker, “…”"): a questioner, whom a later "he"
    /// rarely means; the one asked answers next.
    /// </summary>
    public static Attribution Agent(int cueFirst, int cueLast, int mentionFirst, int mentionLast) => new(cueFirst, cueLast, mentionFirst, mentionLast, true);
}
