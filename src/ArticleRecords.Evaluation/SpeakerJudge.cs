using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleRecords.Evaluation;

/// <summary>
/// Whether a gold Source names someone (holds a capitalised word other than a pronoun or
/// determiner) and whether an extracted Speaker contains that Source's last such word.
/// Words are runs of letters, digits, hyphens and inner apostrophes; a possessive "'s" is
/// dropped ("Trump’s campaign" names Trump).
/// </summary>
internal static class SpeakerJudge
{
    private static readonly HashSet<string> PronounsAndDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "Me", "My", "Mine", "We", "Us", "Our", "Ours", "You", "Your", "Yours", "He", "Him", "His",
        "She", "Her", "Hers", "It", "Its", "They", "Them", "Their", "Theirs", "One", "Who", "Whom", "Whose",
        "Which", "That", "This", "These", "Those", "The", "A", "An", "Some", "Any", "Each", "Every", "All",
        "Both", "Many", "Most", "Several", "Few", "Other", "Others", "Another", "Such", "No", "None",
        "Someone", "Somebody", "Anyone", "Everyone", "Nobody", "Myself", "Himself", "Herself", "Themselves", "Itself",
    };

    /// <summary>The last capitalised non-pronoun word of <paramref name="source"/>, or null when it names no one.</summary>
    public static string? NamedWord(string? source)
    {
        if (source is null)
            return null;
        string? last = null;
        foreach (var word in Words(source))
        {
            if (char.IsUpper(word[0]) && !PronounsAndDeterminers.Contains(word))
                last = word;
        }
        return last;
    }

    /// <summary>
    /// Diagnostic only, not the scoring rule: the named word of the Source's head, before any
    /// appositive, parenthesis or "of"/"at" phrase ("Cecile Richards, president of X" names Richards).
    /// </summary>
    public static string? HeadNamedWord(string? source)
    {
        if (source is null)
            return null;
        var cut = source.Length;
        foreach (var stop in new[] { ",", "(", " of ", " at ", " from ", " for ", " who ", " with " })
        {
            var at = source.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < cut && NamedWord(source.Substring(0, at)) is not null)
                cut = at;
        }
        return NamedWord(source.Substring(0, cut));
    }

    /// <summary>
    /// Whether a speaker equal to the Source's head name would be judged right by the rule: false when the
    /// Source's last capitalised word lies in an appositive ("Sen. Bernie Sanders (I-Vt.)" names Vt). Over the
    /// judged quotes, the share of these is the most the rule can give a speaker that is exactly who spoke.
    /// </summary>
    public static bool HeadNameSatisfiesRule(string? source) =>
        NamedWord(source) is { } named && IsCorrect(named, HeadNamedWord(source));

    public static bool IsCorrect(string namedWord, string? speaker) =>
        speaker is not null && speaker.IndexOf(namedWord, StringComparison.OrdinalIgnoreCase) >= 0;

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inner = word.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                        && (c is '-' or '\'' or '\u2019');
            if (char.IsLetterOrDigit(c) || inner)
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0)
            {
                yield return StripPossessive(word.ToString());
                word.Clear();
            }
        }
    }

    private static string StripPossessive(string word) =>
        word.Length > 2 && word[word.Length - 1] is 's' or 'S' && word[word.Length - 2] is '\'' or '\u2019'
            ? word.Substring(0, word.Length - 2)
            : word;
}
