using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>The parsed place data: names for matching, every name for look-ups, demonyms.</summary>
internal sealed class PlaceLexicon
{
    public PlaceLexicon(PlaceNameTrie names, Dictionary<string, PlaceEntry> byName, Dictionary<string, string> demonyms, Dictionary<string, PlaceEntry> countriesNamedLikeStates)
    {
        Names = names;
        ByName = new SliceTable<PlaceEntry>(byName, ignoreCase: false);
        Demonyms = new SliceTable<string>(demonyms, ignoreCase: false);
        CountriesNamedLikeStates = countriesNamedLikeStates;
    }

    public static PlaceLexicon Empty { get; } = new(new PlaceNameTrie(), new Dictionary<string, PlaceEntry>(), new Dictionary<string, string>(), new Dictionary<string, PlaceEntry>());

    public PlaceNameTrie Names { get; }

    /// <summary>Every name and alias (ordinal) to its entry.</summary>
    public SliceTable<PlaceEntry> ByName { get; }

    /// <summary>Nationality adjective (ordinal) to the ISO alpha-2 code of its country.</summary>
    public SliceTable<string> Demonyms { get; }

    /// <summary>
    /// The country a state's name also names ("Georgia"), by that name: the state is the entry the name finds,
    /// the country needs context (see <see cref="CountryContext"/>).
    /// </summary>
    public Dictionary<string, PlaceEntry> CountriesNamedLikeStates { get; }
}
