using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>
/// One article after parsing: its C# name, its metadata, what was extracted, and the problems found.
/// <see cref="Article"/> is null when the file could not be read or its Name is invalid: such an
/// article reports its diagnostics and generates nothing.
/// </summary>
internal sealed record ArticleModel(
    string FilePath,
    string FileName,
    string Name,
    CalendarDate? Published,
    string? Title,
    ExtractedArticle? Article,
    EquatableArray<DiagnosticInfo> Diagnostics);
