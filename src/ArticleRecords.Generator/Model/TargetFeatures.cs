namespace ArticleRecords.Generator.Model;

/// <summary>What the consuming compilation offers that the generated code adapts to.</summary>
/// <param name="HasDateOnly">Whether System.DateOnly exists (net6.0+); DateTime stands in otherwise.</param>
/// <param name="NeedsIsExternalInit">Whether records' init accessors need the marker type supplied.</param>
/// <param name="LanguageVersion">The C# version, as the compiler displays it ("9.0", "7.3").</param>
/// <param name="SupportsRecords">Whether the C# version is 9 or later.</param>
/// <param name="HasTrimmingAnnotations">Whether DynamicallyAccessedMembersAttribute is there (net5.0+), so the trimmer can be told what the reader reflects on.</param>
internal sealed record TargetFeatures(bool HasDateOnly, bool NeedsIsExternalInit, string LanguageVersion, bool SupportsRecords, bool HasTrimmingAnnotations);
