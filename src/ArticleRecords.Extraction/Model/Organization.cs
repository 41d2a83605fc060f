namespace ArticleRecords.Extraction;

/// <summary>An organisation named in the article, once however often named.</summary>
/// <param name="Name">The fullest name ("United Nations" for "UN").</param>
/// <param name="Start">Offset of the first mention.</param>
/// <param name="Length">Length of the first mention.</param>
public sealed record Organization(string Name, int Start, int Length);
