using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Parsing;

/// <summary>Decides, over all articles at once, which are generated and which collide by Name.</summary>
internal static class ArticleIndexBuilder
{
    /// <summary>The index of the articles that have a class to generate (null entries: those that report why they have none).</summary>
    public static ArticleIndex Build(ImmutableArray<ArticleIndexEntry?> entries, CancellationToken cancellationToken)
    {
        var candidates = new List<ArticleIndexEntry>(entries.Length);
        foreach (var entry in entries)
        {
            if (entry is not null)
                candidates.Add(entry);
        }
        return Build(candidates, cancellationToken);
    }

    public static ArticleIndex Build(IEnumerable<ArticleIndexEntry> candidates, CancellationToken cancellationToken)
    {
        var sorted = candidates.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
        var entries = new List<ArticleIndexEntry>(sorted.Length);
        var duplicates = new List<DuplicateArticle>();
        var firstPathByName = new Dictionary<string, string>(sorted.Length, StringComparer.Ordinal);

        for (var i = 0; i < sorted.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidate = sorted[i];
            if (i > 0 && sorted[i - 1].FilePath == candidate.FilePath)
                continue; // the same file listed twice is one article
            if (firstPathByName.TryGetValue(candidate.Name, out var firstPath))
            {
                duplicates.Add(new DuplicateArticle(candidate.FilePath, candidate.Name, firstPath));
                continue;
            }
            firstPathByName.Add(candidate.Name, candidate.FilePath);
            entries.Add(candidate);
        }

        return new ArticleIndex(new EquatableArray<ArticleIndexEntry>(entries.ToArray()), new EquatableArray<DuplicateArticle>(duplicates.ToArray()));
    }
}
