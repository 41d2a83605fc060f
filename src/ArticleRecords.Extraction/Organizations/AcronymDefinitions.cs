using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>
/// Acronyms an article defines itself: "the Committee on Foreign Investment (CFIUS)" makes every later
/// "CFIUS" a mention of that committee. The lexicon's acronyms need no definition.
/// </summary>
internal static class AcronymDefinitions
{
    // mentions: those found so far, in text order; candidates: tokens shaped like an acronym that no rule
    // took, in any order. Returns the candidates a definition anywhere in the article names, in text order.
    public static List<OrganizationMention> Resolve(ArticleDocument document, List<OrganizationMention> mentions, List<int> candidates, CancellationToken cancellationToken)
    {
        var resolved = new List<OrganizationMention>();
        if (candidates.Count == 0)
            return resolved;

        var tokens = document.Tokens;
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        var definingTokens = new HashSet<int>();
        foreach (var mention in mentions)
        {
            var open = mention.LastToken + 1;
            if (open + 2 >= tokens.Count || !document.Is(tokens[open], "(") || !document.Is(tokens[open + 2], ")")
                || !document.SameParagraph(mention.LastToken, open + 2))
                continue;
            var acronym = document.TextOf(tokens[open + 1]);
            if (acronym.Length >= 2 && acronym[0] == mention.Name[0] && !definitions.ContainsKey(acronym))
            {
                definitions.Add(acronym, mention.Name);
                definingTokens.Add(open + 1);
            }
        }
        if (definitions.Count == 0)
            return resolved;

        candidates.Sort();
        for (var c = 0; c < candidates.Count; c++)
        {
            if ((c & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var index = candidates[c];
            if (definingTokens.Contains(index) || !definitions.TryGetValue(document.TextOf(tokens[index]), out var name))
                continue;
            resolved.Add(new OrganizationMention(name, index, index, tokens[index].Start, tokens[index].End));
        }
        return resolved;
    }
}
