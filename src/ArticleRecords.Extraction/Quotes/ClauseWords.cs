using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>Small closed word classes the attribution rules read.</summary>
internal static class ClauseWords
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "my", "your", "one", "another", "some",
        "several", "two", "three", "many", "both",
    };

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "He", "She", "they", "They", "we", "We", "I", "it", "It", "you", "You",
    };

    // Nouns for what carries words rather than who speaks them: "the statement reads".
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "statement", "report", "release", "letter", "memo", "post", "tweet", "email", "e-mail", "message", "filing",
        "ad", "advertisement", "video", "website", "document", "article", "editorial", "column", "blog", "note",
        "announcement", "communique", "declaration", "complaint", "lawsuit", "suit", "ruling", "order", "decision",
        "opinion", "transcript", "text", "resolution", "proposal", "bill", "notice", "posting", "speech", "remarks",
        "book", "essay", "op-ed", "tweets", "statements", "headline", "caption", "petition", "survey", "poll", "study",
    };

    // Words after a cue that start no speaker ("said on Tuesday", "told reporters").
    private static readonly HashSet<string> NotSubjectStarts = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "to", "that", "of", "for", "with", "after", "before", "during", "while", "when", "reporters",
        "it", "and", "but", "or", "as", "by", "from", "about", "this", "last", "earlier", "later", "recently", "then",
        "again", "also", "today", "yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> SentenceConnectors = new(StringComparer.Ordinal)
    {
        "But", "And", "Or", "So", "Yet", "Then", "Meanwhile", "However", "Still", "Also", "Now", "Instead", "Later",
        "Earlier", "Indeed", "Plus", "Finally", "Separately", "Meantime", "Afterward", "Afterwards", "Today", "Yesterday",
        "While", "Before", "After", "When", "If", "Although", "Though", "Because", "Since", "Until", "As", "Once",
    };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "though", "although", "but", "and", "or", "while", "as", "because", "when", "if", "which", "who", "that",
        "so", "yet", "whether", "where", "since", "until", "unless", "after", "before", "then", "what",
    };

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.Ordinal)
    {
        "On", "In", "At", "During", "After", "Before", "Since", "For", "With", "By", "From", "Like", "Despite",
        "Under", "Over", "Throughout", "Following", "Asked", "Speaking", "Writing", "Earlier", "Later", "Last",
        "Amid", "Amidst", "Among", "Against", "Toward", "Towards", "Without", "Within", "Upon", "Unlike", "Across",
        "Through", "Beyond", "Behind", "Inside", "Outside", "Around", "Along", "Until", "Regarding", "Ahead",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "ago", "week", "weeks", "day", "days", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "less", "more",
        "than", "about", "nearly", "almost", "just", "a", "an", "couple", "of",
    };

    // Time words between a subject and its cue: "Feinstein last week said", "Trump on Tuesday said".
    private static readonly HashSet<string> TimeAdverbs = new(StringComparer.Ordinal)
    {
        "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
        "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday",
        "tonight", "earlier", "late", "early",
    };

    public static bool IsTimeAdverb(string word) => TimeAdverbs.Contains(word);

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "by", "with", "for", "of", "in", "on", "at", "to", "from", "about", "after", "before", "into", "over", "under",
        "through", "without", "against", "during", "like", "than", "as",
    };

    public static bool IsPreposition(string word) => Prepositions.Contains(word);

    public static bool IsOpeningPreposition(string word) => OpeningPrepositions.Contains(word);

    public static bool IsTimeWord(string word) => TimeWords.Contains(word);

    public static bool IsClauseOpener(string word) => ClauseOpeners.Contains(word);

    public static bool IsSentenceConnector(string word) => SentenceConnectors.Contains(word);

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    public static bool IsPersonalPronoun(string word) => PersonalPronouns.Contains(word);

    public static bool IsSingularPersonPronoun(string word) => word is "he" or "she" or "He" or "She";

    public static bool IsDocumentNoun(string word) => DocumentNouns.Contains(word);

    public static bool StartsNoSubject(string word) => NotSubjectStarts.Contains(word);
}
