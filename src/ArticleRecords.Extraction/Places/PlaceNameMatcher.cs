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

        var afterComma = start > 0 && tokens[start - 1].Paragraph == tokens[start].Paragraph && document.Is(tokens[start - 1], ",");
        var node = trie.Root;
        var found = false;
        for (var i = start; i < tokens.Length && i - start < trie.MaxTokens; i++)
        {
            var token = tokens[i];
            if (token.Paragraph != tokens[start].Paragraph || (i > start && token.IsPunctuation && token.SpaceBefore && document.Is(token, ".")))
                break;
            var key = document.TextOf(token);
            var child = node.Child(key);
            if (child is null && token.IsWord && key.IndexOf('.') < 0 && PlaceCasing.IsAllCaps(key))
                child = node.Child(PlaceCasing.ToTitleCase(key));
            if (child is null)
                break;
            node = child;
            var entry = node.Entry ?? (afterComma ? node.AfterCommaEntry : null);
            if (entry is not null)
            {
                match = new PlaceMatch(entry, start, i + 1);
                found = true;
            }
        }
        return found;
    }
}
