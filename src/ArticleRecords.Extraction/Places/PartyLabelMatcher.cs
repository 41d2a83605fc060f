using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Reads the state in a US party label: "D-Wash.", "R-Utah", "(R-SC)", "I-Vt." The tokenizer keeps
/// "D-Wash" as one word, so the state is looked up from the third character on.
/// </summary>
internal static class PartyLabelMatcher
{
    public static bool TryMatch(ArticleDocument document, PlaceNameTrie trie, int index, out Place place)
    {
        place = null!;
        var tokens = document.Tokens;
        var token = tokens[index];
        var text = document.Text;
        // The party's letter first: it turns nearly every word away, where the length would turn away half.
        if (!token.IsWord || text[token.Start] is not ('D' or 'R' or 'I') || token.Length < 4 || text[token.Start + 1] != '-')
            return false;

        if (trie.Root.Child(text, token.Start + 2, token.Length - 2) is not { } node)
            return false;
        var length = token.Length - 2;
        if (index + 1 < tokens.Count && !tokens[index + 1].LineBreakBefore && !tokens[index + 1].SpaceBefore
            && document.Is(tokens[index + 1], ".") && node.Child(".") is { } abbreviation)
        {
            node = abbreviation;
            length++;
        }

        if ((node.AfterCommaEntry ?? node.Entry) is not { Kind: PlaceKind.State } entry)
            return false;
        place = new Place(entry.Name, null, token.Start + 2, length);
        return true;
    }
}
