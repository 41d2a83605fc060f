using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Parsing;

/// <summary>Reads, from the consuming compilation, the few facts the generated code adapts to.</summary>
internal static class TargetFeaturesReader
{
    public static Model.TargetFeatures Read(Compilation compilation)
    {
        var languageVersion = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new Model.TargetFeatures(
            HasDateOnly: compilation.GetTypeByMetadataName("System.DateOnly") is not null,
            NeedsIsExternalInit: !HasAccessibleType(compilation, "System.Runtime.CompilerServices.IsExternalInit"),
            LanguageVersion: languageVersion.ToDisplayString(),
            SupportsRecords: languageVersion >= LanguageVersion.CSharp9,
            HasTrimmingAnnotations: HasAccessibleType(compilation, "System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembersAttribute"));
    }

    // GetTypeByMetadataName returns null when several assemblies declare the type (common for this
    // polyfill), so look at each declaration and ask whether this assembly may use it.
    private static bool HasAccessibleType(Compilation compilation, string metadataName)
    {
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                return true;
        }
        return false;
    }
}
