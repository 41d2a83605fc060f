using System;
using System.IO;
using System.Linq;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// The text benchmarks run on: the PolNeAR articles in shared/corpus beside the repository or
/// beside one of its parent folders (a git worktree lives deeper than the main checkout), else the
/// articles bundled for the tests.
/// </summary>
internal static class BenchmarkCorpus
{
    private static readonly Lazy<(string Source, string[] Texts)> Loaded = new(Load);

    public static string Source => Loaded.Value.Source;

    public static string[] Texts => Loaded.Value.Texts;

    public static long Characters => Texts.Sum(t => (long)t.Length);

    /// <summary>Real text repeated until it is <paramref name="length"/> characters long.</summary>
    public static string Repeat(int length)
    {
        var builder = new System.Text.StringBuilder(length + 8192);
        var i = 0;
        while (builder.Length < length)
            builder.Append(Texts[i++ % Texts.Length]).Append("\n\n");
        return builder.ToString(0, length);
    }

    /// <summary>
    /// <paramref name="count"/> articles made by replicating the real ones, each ending in its own number so that no two
    /// are equal.
    /// </summary>
    public static string[] Replicated(int count) =>
        Enumerable.Range(0, count).Select(i => Texts[i % Texts.Length] + $"\n\nCopy {i}.").ToArray();

    /// <summary>The repository holding Generator.sln above the benchmark binaries, or null.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
                directory = directory.Parent;
            return directory?.FullName;
        }
    }

    private static string? FindSharedCorpus()
    {
        var root = RepositoryRoot;
        for (var directory = root is null ? null : Directory.GetParent(root); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "shared", "corpus", "polnear-train", "text");
            if (Directory.Exists(corpus))
                return corpus;
        }
        return null;
    }

    private static (string, string[]) Load()
    {
        var corpus = FindSharedCorpus();
        if (corpus is not null)
            return ("polnear-train", Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

        var bundled = Path.Combine(AppContext.BaseDirectory, "TestArticles");
        return ("tests/TestArticles", Directory.GetFiles(bundled, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray());
    }
}
