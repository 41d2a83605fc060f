using System;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Whether a lower-case word right after a name reads as that name's verb ("Clinton has decried", "Ramos believes",
/// "Bolton thought"), not as a noun the name qualifies ("Trump supporters", "Clinton emails"). A guess from the
/// word's form, for a sentence whose quotation has no cue of its own.
/// </summary>
internal static class FiniteVerbs
{
    private static readonly SliceSet Auxiliaries = new(new[]
    {
        "has", "had", "have", "is", "was", "were", "are", "would", "will", "could", "should", "can", "may", "might",
        "did", "does", "must",
    });

    private static readonly SliceSet IrregularPast = new(new[]
    {
        "went", "came", "took", "gave", "made", "held", "began", "saw", "spoke", "wrote", "sent", "found", "left",
        "stood", "won", "lost", "got", "put", "ran", "brought", "kept", "thought", "knew", "led", "heard", "felt",
        "became", "struck", "broke", "chose", "drew", "threw", "shot", "fought", "sought", "taught", "spent", "built",
        "meant", "swore", "hit", "cut", "set", "let", "told", "said", "read", "cast", "bought", "sold", "paid", "forgot",
        "understood", "stood", "taught", "fell", "rose", "grew", "drove", "flew", "wore", "spent", "sat", "met", "fled", "hid",
        "shook", "stole", "withdrew", "overcame", "upheld", "oversaw", "undertook", "swept", "sank", "forgave",
    });

    // Adverbs that may stand between a subject and its verb ("Trump then reiterated", "Clinton also noted").
    private static readonly SliceSet Adverbs = new(new[]
    {
        "also", "then", "again", "once", "later", "now", "still", "never", "even", "already", "just", "often",
        "first", "repeatedly", "recently", "previously", "himself", "herself",
    });

    public static bool IsAdverb(ArticleDocument document, in Token token)
    {
        var text = document.Text;
        return Adverbs.Contains(document, token)
               || (token.Length > 4 && text[token.End - 2] == 'l' && text[token.End - 1] == 'y' && char.IsLower(text[token.Start]));
    }

    public static bool IsVerb(ArticleDocument document, in Token token)
    {
        var text = document.Text;
        var length = token.Length;
        if (length < 2 || !char.IsLower(text[token.Start]))
            return false;
        if (Auxiliaries.Contains(document, token) || IrregularPast.Contains(document, token) || ReportingCues.IsVerb(document, token)
            || ReportingCues.IsNounLikePresent(document, token))
            return true;
        if (Titles.IsLowerCaseRole(text, token.Start, length) || ClauseWords.IsDocumentNoun(document, token))
            return false;
        var last = text[token.End - 1];
        var beforeLast = text[token.End - 2];
        if (length > 3 && beforeLast == 'e' && last == 'd')
            return true;
        // "goes", not "press", "status", "crisis", nor a possessive.
        return length > 3 && last == 's' && beforeLast is not ('s' or 'u' or 'i' or '\'' or '\u2019');
    }

    public static bool IsAdverb(string word) =>
        Adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    public static bool IsVerb(string word)
    {
        if (word.Length < 2 || !char.IsLower(word[0]))
            return false;
        if (Auxiliaries.Contains(word) || IrregularPast.Contains(word) || ReportingCues.IsVerb(word) || ReportingCues.IsNounLikePresent(word))
            return true;
        if (Titles.IsLowerCaseRole(word) || ClauseWords.IsDocumentNoun(word))
            return false;
        if (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal))
            return true;
        return word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] is not ('s' or 'u' or 'i') && !word.EndsWith("'s", StringComparison.Ordinal)
               && !word.EndsWith("\u2019s", StringComparison.Ordinal);
    }
}
