using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>Finds the longest lexicon name starting at a token.</summary>
internal static class PlaceNameMatcher
{
    public static bool TryMatchLongest(ArticleDocument document, PlaceNameTrie trie, int start, out PlaceMatch match)
    {
        match = default;
        var tokens = document.Tokens;
        if (!tokens[start].IsWord || !char.IsUpper(document.FirstChar(tokens[start])))
            return false;

        var text = document.Text;
        var node = trie.Root;
        var found = false;
        for (var i = start; i < tokens.Count && i - start < trie.MaxTokens; i++)
        {
            var token = tokens[i];
            if (i > start && (token.LineBreakBefore || (token.IsPunctuation && token.SpaceBefore && document.Is(token, "."))))
                break;
            var child = node.Child(text, token.Start, token.Length);
            if (child is null && token.IsWord && PlaceCasing.IsAllCaps(text, token.Start, token.Length) && text.IndexOf('.', token.Start, token.Length) < 0)
                child = node.Child(PlaceCasing.ToTitleCase(text, token.Start, token.Length));
            if (child is null)
                break;
            node = child;
            var entry = node.Entry
                        ?? (node.AfterCommaEntry is not null && FollowsCityAndComma(document, start)
                            && (i > start || !IsPostalCodeAfterCapitals(document, token, start)) ? node.AfterCommaEntry : null);
            if (entry is not null)
            {
                match = new PlaceMatch(entry, start, i + 1);
                found = true;
            }
        }
        return found;
    }

    // "Reno, Nev.", "Lynchburg, VA": a capitalised word, then a comma.
    private static bool FollowsCityAndComma(ArticleDocument document, int start)
    {
        var tokens = document.Tokens;
        return start >= 2 && document.SameParagraph(start - 2, start)
               && document.Is(tokens[start - 1], ",") && document.IsCapitalized(tokens[start - 2]);
    }

    // "VA" after "Lynchburg," is Virginia, but "OK" after "OUT," (text in capitals) is a word.
    private static bool IsPostalCodeAfterCapitals(ArticleDocument document, in Token token, int start)
    {
        var city = document.Tokens[start - 2];
        return token.IsWord && token.Length == 2 && PlaceCasing.IsAllCaps(document.Text, city.Start, city.Length);
    }
}
