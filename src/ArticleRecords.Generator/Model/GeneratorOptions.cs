using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>The project's ArticleRecords* properties, validated and reduced to small values.</summary>
internal sealed record GeneratorOptions(
    string Namespace,
    bool IsPublic,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string DefaultNamespace = "ArticleRecords";
}
