using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>
/// One article file as the compiler hands it over: its path, the item metadata, its text (or why
/// it could not be read), and the project's numeric date order, the one property extraction reads.
/// The first pipeline value, compared by value, so an unchanged file stops recomputation here.
/// </summary>
internal sealed record ArticleInput(
    string FilePath,
    string? Name,
    string? Published,
    string? Title,
    string? Currency,
    string? Text,
    string? ReadError,
    NumericDateOrder DateOrder);
