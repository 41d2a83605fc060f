namespace ArticleRecords.Extraction;

/// <summary>A person named in the article, once however often named.</summary>
/// <param name="Name">The fullest form of the name the article gives.</param>
/// <param name="Title">The title or role, as written ("President", "Prime Minister"), or null.</param>
/// <param name="Start">Offset of the first mention.</param>
/// <param name="Length">Length of the first mention.</param>
public sealed record Person(string Name, string? Title, int Start, int Length);
