using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>How an acronym looks in text, and when capitals are a shout rather than an acronym ("WHO IS HE?").</summary>
internal static class AcronymShape
{
    private const int MaxLetters = 8;

    /// <summary>A word of 2 to 8 capital letters (no dots), outside text written in capitals.</summary>
    public static bool IsCandidate(ArticleDocument document, int index)
    {
        var token = document.Tokens[index];
        return token.IsWord && token.Length >= 2 && token.Length <= MaxLetters && IsCapitals(document, token)
               && !IsInCapitalsText(document, index);
    }

    /// <summary>Whether the word before or after in the paragraph is also in capitals and no known acronym.</summary>
    public static bool IsInCapitalsText(ArticleDocument document, int index)
    {
        var paragraph = document.ParagraphOfToken(index);
        return IsShoutedWord(document, index - 1, paragraph) || IsShoutedWord(document, index + 1, paragraph);
    }

    private static bool IsShoutedWord(ArticleDocument document, int index, int paragraph)
    {
        if (index < 0 || index >= document.Tokens.Count)
            return false;
        var token = document.Tokens[index];
        return document.IsInParagraph(index, paragraph) && token.IsWord && token.Length >= 2 && IsCapitals(document, token)
               && !OrganizationLexicon.TryExpandAcronym(document.TextOf(token), out _);
    }

    private static bool IsCapitals(ArticleDocument document, in Token token)
    {
        var text = document.Text;
        for (var i = token.Start; i < token.End; i++)
        {
            if (text[i] < 'A' || text[i] > 'Z')
                return false;
        }
        return true;
    }
}
