using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// A context of its own for one build of ArticleRecords, so that two builds run side by side in one process: it loads
/// the build's assemblies (ArticleRecords.*) from the build's directory and leaves the rest (Roslyn, the runtime) to
/// the process.
/// </summary>
internal sealed class BuildLoadContext(string name, string directory) : AssemblyLoadContext(name)
{
    /// <summary>The assembly at <paramref name="path"/>, loaded with its siblings of the same build into a context named <paramref name="name"/>.</summary>
    public static Assembly Load(string name, string path) =>
        new BuildLoadContext(name, Path.GetDirectoryName(path)!).LoadFromAssemblyPath(path);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(directory, assemblyName.Name + ".dll");
        return assemblyName.Name!.StartsWith("ArticleRecords.", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
