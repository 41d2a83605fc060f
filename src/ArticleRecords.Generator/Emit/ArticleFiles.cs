using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Gathers the article classes into a bounded number of generated files, each a part of the partial
/// <c>Articles</c> class, each article always in the same one while the number of articles stays in its
/// range (by a stable hash of its name).
/// </summary>
/// <remarks>
/// <para>One file per article would be simplest, but it costs more than the articles themselves once
/// there are thousands. The compiler checks every added file's name against all those added before it,
/// on every generator run, keystrokes included: with 10,000 articles an edit cost a third of a second
/// before its own article was even read. And a class declared across N files makes the compiler's
/// per-file checks (CLS compliance, declaration diagnostics) visit its N members N times.</para>
/// <para>A bounded number of files bounds both. An edit rewrites the one file that holds its article, which
/// the IDE then parses again: 64 files keep that to about 16 classes up to 1,024 articles, and past them the
/// number of files doubles with the articles up to 512 (with 10,000 articles, 512 files made the IDE's parse
/// after an edit 4 to 6 ms instead of 42 ms, for 2 to 4 ms more in the generator's rerun).</para>
/// </remarks>
internal static class ArticleFiles
{
    public const int FewestFiles = 64;

    public const int MostFiles = 512;

    private const int ClassesPerFile = 16;

    /// <summary>How many files the classes of <paramref name="articleCount"/> articles are spread over: a power of two from 64 to 512.</summary>
    public static int CountFor(int articleCount)
    {
        var count = FewestFiles;
        while (count < MostFiles && (long)count * ClassesPerFile < articleCount)
            count *= 2;
        return count;
    }

    /// <summary>The file an article's class goes to among <paramref name="fileCount"/>: see <see cref="NameHash"/>.</summary>
    public static int Of(string articleName, int fileCount) => Of(NameHash(articleName), fileCount);

    private static int Of(uint nameHash, int fileCount) => (int)(nameHash % (uint)fileCount);

    /// <summary>FNV-1a over the name's UTF-16 code units, the same on every machine and run; each emission keeps its own (<see cref="ArticleEmission.NameHash"/>).</summary>
    public static uint NameHash(string articleName)
    {
        var hash = 2166136261u;
        foreach (var c in articleName)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }

    /// <summary>File 7 of 64 is <c>ArticleRecords.Articles.07.g.cs</c>, of 128 or more <c>ArticleRecords.Articles.007.g.cs</c>.</summary>
    public static string HintName(int file, int fileCount) =>
        "ArticleRecords.Articles." + file.ToString(fileCount > 100 ? "D3" : "D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The name of the file that holds the class of <paramref name="articleName"/> among <paramref name="articleCount"/> articles.</summary>
    public static string HintNameOf(string articleName, int articleCount)
    {
        var fileCount = CountFor(articleCount);
        return HintName(Of(articleName, fileCount), fileCount);
    }

    /// <summary>The files that hold at least one article, each with its generated classes ordered by file path and every article's diagnostics.</summary>
    /// <remarks>
    /// Runs on every keystroke over every article, so the articles are sorted by file into one array (a counting sort:
    /// each file's share starts where the counts of the files before it end) and each file's arrays are made at their
    /// exact size, rather than grown in a list per file.
    /// </remarks>
    public static ImmutableArray<ArticleFile> Group(ImmutableArray<ArticleEmission> emissions, ArticleIndex index, CancellationToken cancellationToken)
    {
        // The number of articles changes only when one is added or removed, never on an edit of a text.
        var count = CountFor(emissions.Length);
        var starts = new int[count + 1];
        foreach (var emission in emissions)
            starts[Of(emission.NameHash, count) + 1]++;
        for (var number = 0; number < count; number++)
            starts[number + 1] += starts[number];
        var byFile = new ArticleEmission[emissions.Length];
        var next = (int[])starts.Clone();
        foreach (var emission in emissions)
            byFile[next[Of(emission.NameHash, count)]++] = emission;
        cancellationToken.ThrowIfCancellationRequested();

        // Without a duplicate name, every article that has a class is generated: no look-up per article on every keystroke.
        var everyClassGenerated = index.Duplicates.Count == 0;
        var files = ImmutableArray.CreateBuilder<ArticleFile>();
        for (var number = 0; number < count; number++)
        {
            int first = starts[number], end = starts[number + 1];
            if (first == end)
                continue;
            // The compiler usually hands the files over in path order already: checking costs a comparison per article, sorting several.
            if (!InPathOrder(byFile, first, end))
                Array.Sort(byFile, first, end - first, PathOrder.Instance);
            int classCount = 0, diagnosticCount = 0;
            for (var i = first; i < end; i++)
            {
                diagnosticCount += byFile[i].Diagnostics.Count;
                if (Generates(byFile[i], index, everyClassGenerated))
                    classCount++;
            }
            var classes = new string[classCount];
            var diagnostics = new DiagnosticInfo[diagnosticCount];
            classCount = diagnosticCount = 0;
            for (var i = first; i < end; i++)
            {
                var emission = byFile[i];
                // By index: copying each article's array through an interface would box it on every keystroke.
                for (var d = 0; d < emission.Diagnostics.Count; d++)
                    diagnostics[diagnosticCount++] = emission.Diagnostics[d];
                if (Generates(emission, index, everyClassGenerated))
                    classes[classCount++] = emission.Source!;
            }
            files.Add(new ArticleFile(HintName(number, count), new EquatableArray<string>(classes), new EquatableArray<DiagnosticInfo>(diagnostics)));
        }
        return files.ToImmutable();
    }

    private static bool Generates(ArticleEmission emission, ArticleIndex index, bool everyClassGenerated) =>
        emission.Source is not null && (everyClassGenerated || index.Generates(emission.FilePath, emission.Name));

    private static bool InPathOrder(ArticleEmission[] emissions, int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (string.CompareOrdinal(emissions[i - 1].FilePath, emissions[i].FilePath) > 0)
                return false;
        }
        return true;
    }

    private sealed class PathOrder : IComparer<ArticleEmission>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(ArticleEmission? x, ArticleEmission? y) => string.CompareOrdinal(x!.FilePath, y!.FilePath);
    }

    /// <summary>One file: its share of the <c>Articles</c> class.</summary>
    /// <remarks>The classes are read where they are, never copied into one text (see <see cref="ConcatenatedText"/>): an edit rewrites a whole file, so this runs on every keystroke.</remarks>
    public static SourceText Emit(ArticleFile file, ArticleClassSettings settings)
    {
        var pieces = new List<string>((2 * file.Classes.Count) + 1)
        {
            GeneratedCodeInfo.Header + MemberTypeAliases.Directives(settings) + "\nnamespace " + settings.Namespace + "\n{\n    " + settings.TypeVisibility + " static partial class Articles\n    {\n",
        };
        for (var i = 0; i < file.Classes.Count; i++)
        {
            if (i > 0)
                pieces.Add("\n");
            pieces.Add(file.Classes[i]);
        }
        pieces.Add("    }\n}\n");
        return new ConcatenatedText(pieces, Encoding.UTF8);
    }
}
