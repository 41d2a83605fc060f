using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// The speaker label of a quoted transcript paragraph: words in capitals and a colon right after the opening mark
/// ("“CLINTON: I feel …", "\"JAKE TAPPER: Take a listen."). Each labelled paragraph is its speaker's quotation.
/// </summary>
internal static class TranscriptLabels
{
    private const int MaxLabelTokens = 6;

    // Labels that name what is played or who is unnamed, not a speaker.
    private static readonly SliceSet Unnamed = new(new[]
    {
        "VIDEO", "AUDIO", "CLIP", "NARRATOR", "ANNOUNCER", "UNIDENTIFIED", "CROWD", "AUDIENCE", "MALE", "FEMALE", "Q", "A",
        "QUESTION", "ANSWER", "NOTE", "UPDATE", "EDITOR", "PROTESTER", "PROTESTERS", "REPORTER", "MODERATOR", "SPEAKER",
    });

    /// <summary>The label's last word, when the words from <paramref name="first"/> are a label ending in a colon; else -1.</summary>
    public static int LabelLast(ArticleDocument document, int first)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var last = -1;
        for (var t = first; t < tokens.Count && t - first < MaxLabelTokens && !(t > first && tokens[t].LineBreakBefore); t++)
        {
            var token = tokens[t];
            if (token.IsWord && WordShape.IsAllCapitals(text, token.Start, token.Length))
            {
                last = t;
                continue;
            }
            // "SEN. SANDERS:": the dot of an abbreviation inside the label.
            if (token.IsPunctuation && text[token.Start] == '.' && last == t - 1)
                continue;
            return token.IsPunctuation && text[token.Start] == ':' && last == t - 1 ? last : -1;
        }
        return -1;
    }

    /// <summary>Whether the label is a speaker's, not "VIDEO:" or "Q:".</summary>
    public static bool NamesSpeaker(ArticleDocument document, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (document.Tokens[t].IsWord && Unnamed.Contains(document, document.Tokens[t]))
                return false;
        }
        return true;
    }
}
