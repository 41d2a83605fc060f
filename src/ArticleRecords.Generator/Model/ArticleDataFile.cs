using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>One generated file of data classes: its number and the classes it holds, in file-path order.</summary>
internal sealed record ArticleDataFile(int Number, EquatableArray<string> Classes);
