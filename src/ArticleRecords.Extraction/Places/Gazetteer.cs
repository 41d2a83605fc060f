using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Places;

/// <summary>What the place lexicon knows about a word or name: shared by places, people and organisations.</summary>
internal static class Gazetteer
{
    // PLACEHOLDER entries until the places work replaces them with the dataset-driven lexicon (same API).
    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.Ordinal)
    {
        ["American"] = "US", ["Israeli"] = "IL", ["Kazakh"] = "KZ", ["British"] = "GB",
    };

    private static readonly HashSet<string> PlaceNames = new(StringComparer.Ordinal)
    {
        "Washington", "White House", "Oval Office", "Kazakhstan", "Israel", "Middle East", "Central Asia",
    };

    /// <summary>Whether <paramref name="word"/> is a nationality adjective ("Kazakh", "Israeli"), with its country.</summary>
    public static bool IsDemonym(string word, out string countryCode) => Demonyms.TryGetValue(word, out countryCode!);

    /// <summary>Whether <paramref name="name"/> (as written, one or more words) names a place.</summary>
    public static bool IsPlaceName(string name) => PlaceNames.Contains(name);
}
