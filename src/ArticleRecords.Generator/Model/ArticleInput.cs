using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>
/// One article file as the compiler hands it over: its path, the item metadata, its text (or why
/// it could not be read), and the two project properties its class is read and written by: the numeric
/// date order and whether the class's doc lists every fact. The first pipeline value, compared by value,
/// so an unchanged file stops recomputation here.
/// </summary>
internal sealed record ArticleInput(
    string FilePath,
    string? Name,
    string? Published,
    string? Title,
    string? Currency,
    string? Text,
    string? ReadError,
    NumericDateOrder DateOrder,
    bool FactDocs);
