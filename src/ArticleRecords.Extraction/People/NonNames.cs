using ArticleRecords.Extraction.Quotes;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>Capitalised words that are not part of a name: sentence openers, calendar words, pronouns.</summary>
internal static class NonNames
{
    private static readonly SliceSet Words = new(new[]
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "Nor", "During", "After", "Before", "As", "If",
        "When", "While", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "My", "Its", "Your", "Some", "Many", "Most", "For", "From", "With", "Without", "By", "To",
        "Of", "Meanwhile", "However", "Still", "Yet", "So", "Then", "Now", "Last", "Next", "Since", "Although",
        "Though", "Even", "Also", "According", "Why", "What", "Who", "Whom", "Whose", "How", "Where", "Which", "Not",
        "No", "Yes", "All", "Both", "Each", "Every", "Any", "Another", "Other", "Such", "Only", "Just", "Because",
        "Under", "Over", "Through", "Across", "Among", "Between", "Into", "About", "Like", "Unlike", "Despite",
        "Asked", "Speaking", "Writing", "Here", "There", "Today", "Tomorrow", "Yesterday", "Well", "Oh", "Mr", "Mrs",
        "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Christmas", "Easter",
        "Democrat", "Democrats", "Republican", "Republicans", "Democratic", "GOP", "God", "Reporting", "Editing",
        "Writing", "Additional", "Photo", "Video", "Read", "More", "Related", "Advertisement", "Update", "Updated",
        "Sen", "Rep", "Gov", "Gen", "Breaking", "Exclusive", "Analysis", "Opinion", "Several", "Few", "Once",
        "Instead", "Indeed", "Perhaps", "Thus", "Never", "Again", "Almost", "Already", "Then", "Later", "Earlier",
        "Former", "Local", "Residents", "Officials", "Analysts", "Critics", "Supporters", "Voters", "People", "Americans", "Shares",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Dozens", "Hundreds", "Thousands",
    });

    // Of these, the days that are never a surname ("Super Tuesday said"); months may be ("Jill June").
    private static readonly SliceSet CalendarWords = new(new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
    });

    public static bool Contains(string word) => Words.Contains(word);

    public static bool Contains(string text, int start, int length) => Words.Contains(text, start, length);

    public static bool Contains(ArticleDocument document, in Token token) => Words.Contains(document, token);

    /// <summary>
    /// Whether the word at token <paramref name="t"/>, one of these words, can end a name as its surname ("Al From said",
    /// "Ian Read, the chief executive"): only before punctuation or a verb, never before the words it would govern
    /// ("From the start", "Read more").
    /// </summary>
    public static bool CanEndNameAt(ArticleDocument document, int t)
    {
        var tokens = document.Tokens;
        if (CalendarWords.Contains(document, tokens[t]))
            return false;
        if (t + 1 >= tokens.Count || tokens[t + 1].LineBreakBefore)
            return true;
        var next = tokens[t + 1];
        if (next.IsPunctuation)
            return true;
        return next.IsWord && FiniteVerbs.IsVerb(document, next);
    }
}
