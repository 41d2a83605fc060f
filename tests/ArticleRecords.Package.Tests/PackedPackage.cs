using System;
using System.IO;
using System.Linq;

namespace ArticleRecords.Package.Tests;

/// <summary>
/// Packs ArticleRecords once per test run into a feed of its own, under a version no NuGet cache
/// has seen (a reused version would silently restore a stale generator).
/// </summary>
public sealed class PackedPackage
{
    public PackedPackage()
    {
        RepositoryRoot = FindRepositoryRoot();
        Feed = Path.Combine(Path.GetTempPath(), "articlerecords-feed-" + Guid.NewGuid().ToString("N"));
        Version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}{Environment.ProcessId % 1000:D3}";
        DotNetCli.Run(RepositoryRoot, new[] { "pack", "src/ArticleRecords.Generator/ArticleRecords.Generator.csproj", "-c", "Release", "-o", Feed, $"-p:PackageVersion={Version}" }.Concat(DotNetCli.IsolatedBuild).ToArray());
        Assert.True(File.Exists(Path.Combine(Feed, $"ArticleRecords.{Version}.nupkg")));
    }

    public string RepositoryRoot { get; }

    public string Feed { get; }

    public string Version { get; }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Generator.sln not found above the test assembly.");
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
