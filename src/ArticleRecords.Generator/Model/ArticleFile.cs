using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>
/// One generated file of article classes: its hint name, the classes it holds (in file-path order), and
/// the diagnostics of all its articles, generated or not, reported with it so that no step runs per
/// article after emission.
/// </summary>
internal sealed record ArticleFile(string HintName, EquatableArray<string> Classes, EquatableArray<DiagnosticInfo> Diagnostics);
