using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Places;

/// <summary>The parsed place data: names for matching, every name for look-ups, demonyms.</summary>
internal sealed class PlaceLexicon
{
    public PlaceLexicon(PlaceNameTrie names, Dictionary<string, PlaceEntry> byName, Dictionary<string, string> demonyms)
    {
        Names = names;
        ByName = byName;
        Demonyms = demonyms;
    }

    public static PlaceLexicon Empty { get; } = new(new PlaceNameTrie(), new Dictionary<string, PlaceEntry>(), new Dictionary<string, string>());

    public PlaceNameTrie Names { get; }

    /// <summary>Every name and alias (ordinal) to its entry.</summary>
    public Dictionary<string, PlaceEntry> ByName { get; }

    /// <summary>Nationality adjective (ordinal) to the ISO alpha-2 code of its country.</summary>
    public Dictionary<string, string> Demonyms { get; }
}
