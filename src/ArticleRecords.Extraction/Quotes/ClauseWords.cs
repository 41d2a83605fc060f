using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>Small closed word classes the attribution rules read.</summary>
internal static class ClauseWords
{
    private static readonly SliceSet Determiners = new(new[]
    {
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "my", "your", "one", "another", "some",
        "several", "two", "three", "many", "both",
    }, ignoreCase: true);

    private static readonly SliceSet PersonalPronouns = new(new[]
    {
        "he", "she", "He", "She", "they", "They", "we", "We", "I", "it", "It", "you", "You",
    });

    // Nouns for what carries words rather than who speaks them: "the statement reads".
    private static readonly SliceSet DocumentNouns = new(new[]
    {
        "statement", "report", "release", "letter", "memo", "post", "tweet", "email", "e-mail", "message", "filing",
        "ad", "advertisement", "video", "website", "document", "article", "editorial", "column", "blog", "note",
        "announcement", "communique", "declaration", "complaint", "lawsuit", "suit", "ruling", "order", "decision",
        "opinion", "transcript", "text", "resolution", "proposal", "bill", "notice", "posting", "speech", "remarks",
        "book", "essay", "op-ed", "tweets", "statements", "headline", "caption", "petition", "survey", "poll", "study",
    });

    // Words after a cue that start no speaker ("said on Tuesday", "told reporters").
    private static readonly SliceSet NotSubjectStarts = new(new[]
    {
        "on", "in", "at", "to", "that", "of", "for", "with", "after", "before", "during", "while", "when", "reporters",
        "it", "and", "but", "or", "as", "by", "from", "about", "this", "last", "earlier", "later", "recently", "then",
        "again", "also", "today", "yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    });

    private static readonly SliceSet SentenceConnectors = new(new[]
    {
        "But", "And", "Or", "So", "Yet", "Then", "Meanwhile", "However", "Still", "Also", "Now", "Instead", "Later",
        "Earlier", "Indeed", "Plus", "Finally", "Separately", "Meantime", "Afterward", "Afterwards", "Today", "Yesterday",
        "While", "Before", "After", "When", "If", "Although", "Though", "Because", "Since", "Until", "As", "Once",
    });

    private static readonly SliceSet ClauseOpeners = new(new[]
    {
        "though", "although", "but", "and", "or", "while", "as", "because", "when", "if", "which", "who", "that",
        "so", "yet", "whether", "where", "since", "until", "unless", "after", "before", "then", "what",
    });

    private static readonly SliceSet OpeningPrepositions = new(new[]
    {
        "On", "In", "At", "During", "After", "Before", "Since", "For", "With", "By", "From", "Like", "Despite",
        "Under", "Over", "Throughout", "Following", "Asked", "Speaking", "Writing", "Earlier", "Later", "Last",
        "Amid", "Amidst", "Among", "Against", "Toward", "Towards", "Without", "Within", "Upon", "Unlike", "Across",
        "Through", "Beyond", "Behind", "Inside", "Outside", "Around", "Along", "Until", "Regarding", "Ahead",
    });

    private static readonly SliceSet TimeWords = new(new[]
    {
        "ago", "week", "weeks", "day", "days", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "less", "more",
        "than", "about", "nearly", "almost", "just", "a", "an", "couple", "of",
    });

    // Time words between a subject and its cue: "Feinstein last week said", "Trump on Tuesday said".
    private static readonly SliceSet TimeAdverbs = new(new[]
    {
        "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
        "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday",
        "tonight", "earlier", "late", "early",
    });

    public static bool IsTimeAdverb(string word) => TimeAdverbs.Contains(word);

    // Verbs by which an organisation makes findings or documents public: "Pew found that …", "the DNC released a statement".
    private static readonly SliceSet PublishingVerbs = new(new[]
    {
        "found", "finds", "concluded", "concludes", "released", "releases", "issued", "issues", "published", "publishes",
        "estimated", "estimates", "determined", "determines", "showed", "shows", "ruled", "rules", "posted",
    });

    public static bool IsPublishingVerb(ArticleDocument document, in Token token) => PublishingVerbs.Contains(document, token);

    // The auxiliary of the passive: "Sanders was asked by …", "her name had been announced".
    private static readonly SliceSet BeForms = new(new[] { "is", "are", "was", "were", "be", "been", "being" });

    private static readonly SliceSet Prepositions = new(new[]
    {
        "by", "with", "for", "of", "in", "on", "at", "to", "from", "about", "after", "before", "into", "over", "under",
        "through", "without", "against", "during", "like", "than", "as",
    });

    public static bool IsPreposition(string word) => Prepositions.Contains(word);

    public static bool IsOpeningPreposition(string word) => OpeningPrepositions.Contains(word);

    public static bool IsTimeWord(string word) => TimeWords.Contains(word);

    public static bool IsClauseOpener(string word) => ClauseOpeners.Contains(word);

    public static bool IsSentenceConnector(string word) => SentenceConnectors.Contains(word);

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    public static bool IsPersonalPronoun(string word) => PersonalPronouns.Contains(word);

    public static bool IsDefiniteArticle(string word) => word is "the" or "The";

    public static bool IsSingularPersonPronoun(string word) => word is "he" or "she" or "He" or "She";

    public static bool IsDocumentNoun(string word) => DocumentNouns.Contains(word);

    public static bool StartsNoSubject(string word) => NotSubjectStarts.Contains(word);

    // The same questions about a token, read where it stands.
    public static bool IsTimeAdverb(ArticleDocument document, in Token token) => TimeAdverbs.Contains(document, token);

    public static bool IsPreposition(ArticleDocument document, in Token token) => Prepositions.Contains(document, token);

    public static bool IsOpeningPreposition(ArticleDocument document, in Token token) => OpeningPrepositions.Contains(document, token);

    public static bool IsTimeWord(ArticleDocument document, in Token token) => TimeWords.Contains(document, token);

    public static bool IsClauseOpener(ArticleDocument document, in Token token) => ClauseOpeners.Contains(document, token);

    public static bool IsSentenceConnector(ArticleDocument document, in Token token) => SentenceConnectors.Contains(document, token);

    public static bool IsDeterminer(ArticleDocument document, in Token token) => Determiners.Contains(document, token);

    public static bool IsPersonalPronoun(ArticleDocument document, in Token token) => PersonalPronouns.Contains(document, token);

    public static bool IsDocumentNoun(ArticleDocument document, in Token token) => DocumentNouns.Contains(document, token);

    public static bool StartsNoSubject(ArticleDocument document, in Token token) => NotSubjectStarts.Contains(document, token);

    public static bool IsBeForm(ArticleDocument document, in Token token) => BeForms.Contains(document, token);
}
