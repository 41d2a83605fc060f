namespace ArticleRecords.Evaluation;

/// <summary>Why a quote counted against us.</summary>
internal enum MissKind
{
    /// <summary>A gold quote nothing extracted matches (hurts recall).</summary>
    NotFound,

    /// <summary>An extracted quote with a Speaker that matches no gold quote (hurts precision).</summary>
    Spurious,

    /// <summary>A matched quote whose Speaker does not contain the gold Source's name (hurts speaker accuracy).</summary>
    WrongSpeaker,
}

/// <summary>One quote to study: where it is, what it says, who the gold and we think said it.</summary>
internal sealed record Miss(MissKind Kind, string Article, int Start, string Text, string? GoldSource, string? Speaker, string? Mention = null)
{
    /// <summary>For a wrong speaker: whether the speaker holds the gold Source's head name (the diagnostic figure).</summary>
    public bool HeadNameRight { get; init; }

    /// <summary>The cue as extracted, when there is one.</summary>
    public string? Cue { get; init; }

    /// <summary>Whether the extracted quote is a fragment inside the writer's sentence.</summary>
    public bool Partial { get; init; }

    /// <summary>The text around the quote, for study.</summary>
    public string Context { get; init; } = "";
}
