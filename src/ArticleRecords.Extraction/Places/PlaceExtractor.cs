using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Finds the places an article names: lexicon names matched longest first in one pass over the tokens,
/// plus the dateline's place even when the lexicon does not know it. One <see cref="Place"/> per
/// canonical name, at its first mention, in text order.
/// </summary>
internal static class PlaceExtractor
{
    public static Place[] Extract(ArticleDocument document, Dateline? dateline, CancellationToken cancellationToken)
    {
        var firstMentions = new Dictionary<string, Place>(StringComparer.Ordinal);
        if (dateline is not null)
            AddDatelinePlaces(dateline, firstMentions);

        var trie = Gazetteer.Lexicon.Names;
        CountryContext? countryContext = null;
        var tokens = document.Tokens;
        // Both matchers start only at a capitalised word ("D-Wash.", "New York"), and every one stands in a name run (which
        // the later stages read too): the tokens outside the runs are not visited. A match may end past its run.
        var runs = NameRunScanner.Scan(document, cancellationToken);
        var next = 0;
        for (var r = 0; r < runs.Length; r++)
        {
            if ((r & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            for (var i = Math.Max(next, runs[r].First); i <= runs[r].Last; i = next)
            {
                next = i + 1;
                if (!tokens[i].IsWord || !char.IsUpper(document.FirstChar(tokens[i])))
                    continue;
                next = MatchAt(document, trie, i, firstMentions, ref countryContext);
            }
        }

        var places = new Place[firstMentions.Count];
        firstMentions.Values.CopyTo(places, 0);
        Array.Sort(places, (a, b) => a.Start.CompareTo(b.Start));
        return places;
    }

    // The token after what is read at capitalised word i.
    private static int MatchAt(ArticleDocument document, PlaceNameTrie trie, int i, Dictionary<string, Place> firstMentions, ref CountryContext? countryContext)
    {
        var tokens = document.Tokens;
        if (PartyLabelMatcher.TryMatch(document, trie, i, out var partyState))
        {
            Add(firstMentions, partyState);
            return i + 1;
        }
        if (!PlaceNameMatcher.TryMatchLongest(document, trie, i, out var match))
            return i + 1;
        if (!PlaceMentionFilter.IsPartOfAnotherName(document, match))
        {
            var start = tokens[match.StartToken].Start;
            var end = tokens[match.EndToken - 1].End;
            var entry = match.Entry;
            if (entry.Kind == PlaceKind.State && Gazetteer.Lexicon.CountriesNamedLikeStates.TryGetValue(entry.Name, out var country)
                && (countryContext ??= new CountryContext(document)).MeansCountry(match, country))
                entry = country;
            Add(firstMentions, new Place(entry.Name, entry.PlaceCountryCode, start, end - start));
        }
        return match.EndToken;
    }

    // "SEATTLE/WASHINGTON" names two places; an unknown one ("RIVERTON") is still a place, title-cased.
    private static void AddDatelinePlaces(Dateline dateline, Dictionary<string, Place> firstMentions)
    {
        var place = dateline.Place;
        var partStart = 0;
        for (var i = 0; i <= place.Length; i++)
        {
            if (i < place.Length && place[i] != '/')
                continue;
            var part = place.Substring(partStart, i - partStart).Trim();
            if (part.Length > 0)
            {
                var offset = dateline.Start + place.IndexOf(part, partStart, StringComparison.Ordinal);
                var mention = Gazetteer.TryFind(part, out var entry)
                    ? new Place(entry.Name, entry.PlaceCountryCode, offset, part.Length)
                    : new Place(PlaceCasing.ToTitleCase(part), null, offset, part.Length);
                Add(firstMentions, mention);
            }
            partStart = i + 1;
        }
    }

    private static void Add(Dictionary<string, Place> firstMentions, Place mention)
    {
        if (!firstMentions.TryGetValue(mention.Name, out var known) || known.Start > mention.Start)
            firstMentions[mention.Name] = mention;
    }
}
