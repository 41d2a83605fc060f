namespace ArticleRecords.Extraction.Places;

/// <summary>What kind of place a lexicon entry names. The order is the priority when two kinds share a name.</summary>
internal enum PlaceKind : byte
{
    /// <summary>A US state or the District of Columbia. Wins over a country of the same name ("Georgia"),
    /// because a wrong country code is worse than a missing one.</summary>
    State,

    /// <summary>A country or territory with an ISO 3166-1 alpha-2 code.</summary>
    Country,

    /// <summary>A region larger or vaguer than a country: "Middle East", "West Bank".</summary>
    Region,

    /// <summary>A capital or a large city.</summary>
    City,
}
