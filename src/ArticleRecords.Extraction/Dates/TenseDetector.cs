using System;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// Reads the tense of the clause around a token from the nearest marker: a future auxiliary or plan word
/// ("will", "would", "expect", "scheduled"), a past form ("said", "had", a word in -ed). It looks back to the
/// clause start first (the nearest marker wins: "said Biden would sign it by Friday" is future), then forward
/// to the sentence end.
/// </summary>
internal static class TenseDetector
{
    // Bounded so a long unpunctuated run cannot make the extractor quadratic.
    private const int Reach = 40;

    private static readonly SliceSet Future = new(new[]
    {
        "will", "won't", "shall", "would", "wouldn't", "going", "expect", "expects", "expected", "scheduled", "slated",
        "plan", "plans", "planned", "intends", "intend", "due", "upcoming", "next", "later", "tomorrow", "hopes", "aims",
        "promised", "vowed", "pledged", "wants", "set",
    }, ignoreCase: true);

    private static readonly SliceSet Past = new(new[]
    {
        "said", "told", "was", "were", "had", "has", "have", "did", "didn't", "met", "went", "came", "took", "gave", "made",
        "held", "began", "saw", "spoke", "wrote", "sent", "found", "left", "stood", "won", "lost", "fell", "rose",
        "got", "put", "ran", "brought", "bought", "sold", "paid", "kept", "thought", "knew", "led", "heard", "felt",
        "became", "struck", "broke", "chose", "drew", "flew", "grew", "threw", "shot", "fought", "sought", "taught",
        "caught", "spent", "built", "meant", "rang", "sank", "swore", "tore", "wore", "woke", "ate", "forgot", "hung",
        "slept", "stole", "stuck", "withdrew", "ago", "earlier", "yesterday", "last", "since", "hit", "cut", "quit",
        "set", "let", "read", "shut", "spread", "bet", "beat", "overtook", "undertook", "foresaw", "oversaw",
    }, ignoreCase: true);

    private static readonly SliceSet NotPast = new(new[]
    {
        "need", "speed", "seed", "feed", "bed", "red", "indeed", "proceed", "exceed", "succeed", "breed", "bleed",
        "greed", "weed", "creed", "deed", "hundred", "naked", "wicked", "sacred", "kindred", "shed", "embed",
    }, ignoreCase: true);

    public static Tense Of(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        // Each way the search stops at the paragraph's edge: a token first on its line starts one.
        for (var i = index - 1; i >= 0 && i >= index - Reach; i--)
        {
            if (EndsClause(document, i) || tokens[i + 1].LineBreakBefore)
                break;
            if (Marker(document, i) is var tense and not Tense.Unknown)
                return tense;
        }
        // Forward, a comma does not stop the search: "On Tuesday, the company will ...", "... on Monday, the companies said".
        for (var i = index + 1; i < tokens.Count && i <= index + Reach; i++)
        {
            if (EndsSentence(document, i) || tokens[i].LineBreakBefore)
                break;
            if (Marker(document, i) is var tense and not Tense.Unknown)
                return tense;
        }
        return Tense.Unknown;
    }

    /// <summary>
    /// The tense, or where no verb tells: a deadline ahead after "by"/"until" ("an answer by Friday"), else the past,
    /// which is what news mostly reports.
    /// </summary>
    public static Tense OfOrDeadline(ArticleDocument document, int index)
    {
        var tense = Of(document, index);
        if (tense != Tense.Unknown)
            return tense;
        return DateWords.IsWord(document, index - 1, "by") || DateWords.IsWord(document, index - 1, "until")
            ? Tense.Future
            : Tense.Past;
    }

    private static Tense Marker(ArticleDocument document, int i)
    {
        var token = document.Tokens[i];
        if (!token.IsWord)
            return Tense.Unknown;
        var text = document.Text;
        // "set" is a plan in "is set to", a past otherwise; the future list is read first.
        if (Future.Contains(document, token) && (!document.Is(token, "set") || DateWords.IsWord(document, i + 1, "to")))
            return Tense.Future;
        // "is to visit", "are to meet": the newswire future.
        if ((document.Is(token, "is") || document.Is(token, "are")) && DateWords.IsWord(document, i + 1, "to"))
            return Tense.Future;
        if (EndsWithIgnoringCase(text, token, "'ll") || EndsWithIgnoringCase(text, token, "\u2019ll"))
            return Tense.Future;
        if (Past.Contains(document, token))
            return Tense.Past;
        if (token.Length > 3 && char.IsLower(text[token.Start]) && text[token.End - 2] == 'e' && text[token.End - 1] == 'd'
            && text.IndexOf('-', token.Start, token.Length) < 0 && !NotPast.Contains(document, token))
            return Tense.Past;
        return Tense.Unknown;
    }

    private static bool EndsWithIgnoringCase(string text, in Token token, string suffix) =>
        token.Length >= suffix.Length
        && string.Compare(text, token.End - suffix.Length, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool EndsSentence(ArticleDocument document, int i) =>
        document.Tokens[i].IsPunctuation && document.FirstChar(document.Tokens[i]) is ';' or '.' or '!' or '?';

    private static bool EndsClause(ArticleDocument document, int i)
    {
        var token = document.Tokens[i];
        if (!token.IsPunctuation)
            return false;
        var c = document.FirstChar(token);
        return c is ',' or ';' or ':' or '(' or ')' or '.' or '!' or '?' || CharClass.IsDash(c);
    }
}
