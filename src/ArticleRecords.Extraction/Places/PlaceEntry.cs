namespace ArticleRecords.Extraction.Places;

/// <summary>A place the lexicon knows, under its canonical English name.</summary>
/// <param name="Name">"United States", "Astana", "Nevada".</param>
/// <param name="Kind">Country, state, region or city.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code of the country it is or lies in, or null for a region.</param>
internal sealed record PlaceEntry(string Name, PlaceKind Kind, string? CountryCode)
{
    /// <summary>The code a <see cref="Place"/> carries: only a country's own.</summary>
    public string? PlaceCountryCode => Kind == PlaceKind.Country ? CountryCode : null;
}
