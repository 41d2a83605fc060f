using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Whether quoted words read as a title or a name ("Saturday Night Live", "The Art of the Deal"):
/// two to eight words, each capitalised except short function words (articles, prepositions,
/// conjunctions: not "you" in "Thank you Georgia", which is someone's words). A lone capitalised word is
/// more often a scare-quoted word ("Sanity.") than a title.
/// </summary>
internal static class TitleText
{
    private const int MaxWords = 8;

    private static readonly SliceSet FunctionWords = new(new[]
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "as", "vs", "via", "with",
        "from", "into", "off", "up", "out", "is", "de", "la", "le", "el", "del", "von", "van", "per", "n",
    });

    public static bool IsTitle(string text)
    {
        var words = 0;
        var capitalised = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                i++;
            if (i >= text.Length)
                break;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019' or '-'))
                i++;
            words++;
            if (words > MaxWords)
                return false;
            if (char.IsUpper(text[start]) || char.IsDigit(text[start]))
                capitalised++;
            else if (!FunctionWords.Contains(text, start, i - start))
                return false;
        }
        return words > 0 && capitalised > 0 && char.IsUpper(FirstLetter(text)) && words > 1;
    }

    /// <summary>
    /// A quotation standing as a sentence of its own is a title only when it reads as a name, not a clause: one phrase
    /// with no question, exclamation, inner full stop or "is" ("Word is,"), not opening with a contraction ("That’s Jeb Bush.").
    /// </summary>
    public static bool IsStandaloneTitle(string text)
    {
        if (!IsTitle(text))
            return false;
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.'))
            end--;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (c is '?' or '!' || (c == '.' && i + 1 < end && text[i + 1] == ' ') || (c == ' ' && string.CompareOrdinal(text, i, " is", 0, 3) == 0 && (i + 3 == end || text[i + 3] is ' ' or ',')))
                return false;
            if (c is '\'' or '\u2019' && i + 1 < end && text[i + 1] == 's' && (i + 2 == end || text[i + 2] == ' ') && text.IndexOf(' ') is var space && (space < 0 || space > i))
                return false;
        }
        return true;
    }

    private static char FirstLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                return c;
        }
        return ' ';
    }
}
