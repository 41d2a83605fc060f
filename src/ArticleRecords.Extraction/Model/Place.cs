namespace ArticleRecords.Extraction;

/// <summary>A place named in the article, once however often named.</summary>
/// <param name="Name">The place's name ("United States" for "U.S.").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code where the place is a country, else null.</param>
/// <param name="Start">Offset of the first mention.</param>
/// <param name="Length">Length of the first mention.</param>
public sealed record Place(string Name, string? CountryCode, int Start, int Length);
