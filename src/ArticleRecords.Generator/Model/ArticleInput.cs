namespace ArticleRecords.Generator.Model;

/// <summary>
/// One article file as the compiler hands it over: its path, the item metadata, and its text
/// (or why it could not be read). The first pipeline value, compared by value, so an unchanged
/// file stops recomputation here.
/// </summary>
internal sealed record ArticleInput(
    string FilePath,
    string? Name,
    string? Published,
    string? Title,
    string? Currency,
    string? Text,
    string? ReadError);
