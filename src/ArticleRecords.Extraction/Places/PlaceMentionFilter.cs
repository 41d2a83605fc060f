using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Rejects lexicon names that, where they stand, are part of a person's or an organisation's name:
/// "Paris Hilton", "Michael Jordan", "Washington Post", "Bank of America".
/// </summary>
internal static class PlaceMentionFilter
{
    // Capitalised words that follow a place in news writing without making it a first name: "Georgia Republicans".
    private static readonly SliceSet PlaceQualifiers = new(new[]
    {
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP", "Governor", "Senator",
        "Attorney", "State", "Supreme", "Legislature", "House", "Senate", "Assembly", "Department", "National",
        "Police", "County", "City", "Court", "Primary", "Caucus", "Caucuses", "Delegation", "Congressman",
        "Congresswoman", "Secretary", "General", "Army", "Guard", "Airport", "Harbor", "Bay", "River", "Valley",
    });

    // Capitalised words that may open a sentence before a place without being a first name.
    private static readonly SliceSet SentenceOpeners = new(new[]
    {
        "In", "At", "From", "To", "Of", "For", "The", "And", "But", "On", "By", "With", "Near", "Across", "Outside",
        "Inside", "Into", "Like", "Than", "Visiting", "Unlike", "Since", "While", "When", "Where", "After", "Before",
        "Despite", "Including", "Via", "Toward", "Towards", "Against", "Between", "Around", "Through", "Throughout",
        "Within", "Beyond", "Over", "Under", "Leaving", "Both", "Or", "Nor", "If", "As", "About", "Only", "Even",
        "Northern", "Southern", "Eastern", "Western", "Central", "Rural", "Downtown", "Greater", "Suburban",
    });

    // Words that make a place the first word of an organisation: "New York Times", "China Airlines".
    private static readonly SliceSet OrganizationTails = new(new[]
    {
        "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Examiner", "Daily", "Globe",
        "University", "College", "Airlines", "Airways", "Stock",
    });

    // Heads of "X of <place>" organisation names: "Bank of America", "University of Texas".
    private static readonly SliceSet OrganizationHeads = new(new[]
    {
        "Bank", "University", "College", "Institute", "Museum", "Library", "Council", "Church", "Chamber",
        "Federation", "Association", "Society", "Club", "Academy", "Foundation", "Scouts", "Orchestra", "Voice",
    });

    public static bool IsPartOfAnotherName(ArticleDocument document, PlaceMatch match)
    {
        var tokens = document.Tokens;
        var first = tokens[match.StartToken];
        var next = NextInParagraph(tokens, match.EndToken - 1);
        if (next is { } n && n.IsWord && OrganizationTails.Contains(document, n))
            return true;
        if (IsOrganizationOf(document, match.StartToken))
            return true;

        if (match.EndToken - match.StartToken != 1 || PlaceCasing.IsAllCaps(document.Text, first.Start, first.Length))
            return false;
        if (!PersonNamePlaces.Contains(document, first))
            return false;

        if (IsSpeakingPerson(document, match.StartToken))
            return true;

        // "Paris Hilton", "Jordan Peterson": a first name before a surname.
        if (next is not null && LooksLikeSurname(document, match.EndToken))
            return true;

        // "Michael Jordan", "George Washington", "Michael B. Jordan": a surname after a first name or an initial.
        var previous = PreviousInParagraph(tokens, match.StartToken);
        if (previous is { } dot && document.Is(dot, ".") && match.StartToken >= 2
            && tokens[match.StartToken - 2] is { Length: 1 } initial && document.IsCapitalized(initial))
            return true;
        return previous is { } p && document.IsCapitalized(p) && !SentenceOpeners.Contains(document, p)
               && !PlaceCasing.IsAllCaps(document.Text, p.Start, p.Length) && p.Length > 1;
    }

    // "Chad said he was tired", "Chad, 34, said", "Chad, who ...": a person; "Jordan said it would" stays a country.
    private static bool IsSpeakingPerson(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        if (NextInParagraph(tokens, index) is not { } next)
            return false;
        if (next.IsWord && SpeechVerbs.Contains(document, next))
            return NextInParagraph(tokens, index + 1) is { } pronoun && pronoun.IsWord && PersonalPronouns.Contains(document, pronoun);
        if (!document.Is(next, ",") || NextInParagraph(tokens, index + 1) is not { } after)
            return false;
        return (after.IsWord && document.Is(after, "who"))
               || (after.IsNumber && NextInParagraph(tokens, index + 2) is { } comma && document.Is(comma, ","));
    }

    private static readonly SliceSet SpeechVerbs = new(new[]
    {
        "said", "says", "told", "added", "recalled", "explained", "wrote", "asked",
    });

    private static readonly SliceSet PersonalPronouns = new(new[]
    {
        "he", "she", "his", "her", "him", "I", "me", "my",
    });

    // A capitalised word that is not a title abbreviation ("Gov.") nor a usual place qualifier.
    private static bool LooksLikeSurname(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        var token = tokens[index];
        if (!token.SpaceBefore || !document.IsCapitalized(token) || PlaceCasing.IsAllCaps(document.Text, token.Start, token.Length))
            return false;
        // "Gov." is a title after a place; "J." is a middle initial after a first name ("Douglas J. Band").
        if (NextInParagraph(tokens, index) is { } after && !after.SpaceBefore && document.Is(after, "."))
            return token.Length == 1;
        return !PlaceQualifiers.Contains(document, token);
    }

    private static bool IsOrganizationOf(ArticleDocument document, int start)
    {
        var tokens = document.Tokens;
        if (PreviousInParagraph(tokens, start) is not { } of || !document.Is(of, "of"))
            return false;
        return PreviousInParagraph(tokens, start - 1) is { } head && head.IsWord && OrganizationHeads.Contains(document, head);
    }

    // A token first on its line starts a paragraph.
    private static Token? NextInParagraph(TokenList tokens, int index) =>
        index + 1 < tokens.Count && !tokens[index + 1].LineBreakBefore ? tokens[index + 1] : null;

    private static Token? PreviousInParagraph(TokenList tokens, int index) =>
        index > 0 && !tokens[index].LineBreakBefore ? tokens[index - 1] : null;
}
