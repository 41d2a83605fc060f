using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Places;

/// <summary>The parsed place data: names for matching, every name for look-ups, demonyms.</summary>
internal sealed class PlaceLexicon
{
    public PlaceLexicon(PlaceNameTrie names, Dictionary<string, PlaceEntry> byName, Dictionary<string, string> demonyms, Dictionary<string, PlaceEntry> countriesNamedLikeStates)
    {
        Names = names;
        ByName = byName;
        Demonyms = demonyms;
        CountriesNamedLikeStates = countriesNamedLikeStates;
    }

    public static PlaceLexicon Empty { get; } = new(new PlaceNameTrie(), new Dictionary<string, PlaceEntry>(), new Dictionary<string, string>(), new Dictionary<string, PlaceEntry>());

    public PlaceNameTrie Names { get; }

    /// <summary>Every name and alias (ordinal) to its entry.</summary>
    public Dictionary<string, PlaceEntry> ByName { get; }

    /// <summary>Nationality adjective (ordinal) to the ISO alpha-2 code of its country.</summary>
    public Dictionary<string, string> Demonyms { get; }

    /// <summary>
    /// The country a state's name also names ("Georgia"), by that name: the state is the entry the name finds,
    /// the country needs context (see <see cref="CountryContext"/>).
    /// </summary>
    public Dictionary<string, PlaceEntry> CountriesNamedLikeStates { get; }
}
