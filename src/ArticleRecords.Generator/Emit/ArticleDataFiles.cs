using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Gathers the articles' data classes into a fixed number of generated files, each article always in
/// the same one (by a stable hash of its name).
/// </summary>
/// <remarks>
/// One file per article would be simplest, but the compiler checks every added file's name against all
/// those added before it, on every generator run, keystrokes included: with 10,000 articles an edit
/// cost a third of a second before its own article was even read. A fixed number of files bounds that
/// cost, and an edit still rewrites one file of about a sixty-fourth of the articles.
/// </remarks>
internal static class ArticleDataFiles
{
    public const int Count = 64;

    /// <summary>The file an article's data class goes to: FNV-1a over the name's UTF-16 code units, the same on every machine and run.</summary>
    public static int Of(string articleName)
    {
        var hash = 2166136261u;
        foreach (var c in articleName)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash % Count);
    }

    public static string HintName(int file) => $"ArticleRecords.{ArticleDataEmitter.NamespaceSuffix}.{file:D2}.g.cs";

    public static string HintNameOf(string articleName) => HintName(Of(articleName));

    /// <summary>The files that hold at least one article, each with its generated classes ordered by file path and every article's diagnostics.</summary>
    public static ImmutableArray<ArticleDataFile> Group(ImmutableArray<ArticleEmission> emissions, ArticleIndex index, CancellationToken cancellationToken)
    {
        var byFile = new SortedDictionary<int, List<ArticleEmission>>();
        foreach (var emission in emissions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = Of(emission.Name);
            if (!byFile.TryGetValue(file, out var members))
                byFile.Add(file, members = new List<ArticleEmission>());
            members.Add(emission);
        }

        var files = ImmutableArray.CreateBuilder<ArticleDataFile>(byFile.Count);
        foreach (var pair in byFile)
        {
            pair.Value.Sort(static (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
            var classes = new List<string>(pair.Value.Count);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var emission in pair.Value)
            {
                diagnostics.AddRange(emission.Diagnostics);
                if (emission.Source is not null && index.Contains(emission.FilePath, emission.Name))
                    classes.Add(emission.Source);
            }
            files.Add(new ArticleDataFile(pair.Key, new EquatableArray<string>(classes.ToArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray())));
        }
        return files.MoveToImmutable();
    }
}
