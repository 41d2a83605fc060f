using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator.Tests.Infrastructure;

/// <summary>Reference assemblies of each target framework the generated code must compile for.</summary>
internal static class ReferenceSets
{
    public static IEnumerable<MetadataReference> For(string targetFramework) => targetFramework switch
    {
        "net8.0" => Basic.Reference.Assemblies.Net80.References.All,
        "netstandard2.0" => FromFolder("netstandard.library", "2.0.3", "build/netstandard2.0/ref"),
        "net48" => FromFolder("microsoft.netframework.referenceassemblies.net48", "1.0.3", "build/.NETFramework/v4.8")
            .Concat(FromFolder("microsoft.netframework.referenceassemblies.net48", "1.0.3", "build/.NETFramework/v4.8/Facades")),
        "runtime" => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        _ => throw new ArgumentOutOfRangeException(nameof(targetFramework), targetFramework, null),
    };

    // The .NET Framework pack ships a few native DLLs beside the reference assemblies.
    private static bool IsManagedAssembly(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata && System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader).IsAssembly;
    }

    private static IEnumerable<MetadataReference> FromFolder(string package, string version, string folder)
    {
        var root = typeof(ReferenceSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        var directory = Path.Combine(root, package, version, folder);
        return Directory.GetFiles(directory, "*.dll")
            .Where(IsManagedAssembly)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
