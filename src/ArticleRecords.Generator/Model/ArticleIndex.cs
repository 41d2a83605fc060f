using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>An article that takes part in the generated <c>Articles</c> class.</summary>
internal sealed record ArticleIndexEntry(string FilePath, string Name)
{
    /// <summary>The entry of an article that has a class to generate, or null (it reports why it has none).</summary>
    public static ArticleIndexEntry? Of(ArticleEmission emission) =>
        emission.Source is null ? null : new ArticleIndexEntry(emission.FilePath, emission.Name);
}

/// <summary>An article left out because an earlier one (by path) has its Name.</summary>
internal sealed record DuplicateArticle(string FilePath, string Name, string FirstFilePath);

/// <summary>
/// The names of all articles, decided together: which are generated (ordered by path) and which
/// collide. Depends on names only, so editing an article's text leaves it equal.
/// </summary>
internal sealed record ArticleIndex(EquatableArray<ArticleIndexEntry> Entries, EquatableArray<DuplicateArticle> Duplicates)
{
    private Dictionary<string, string>? _nameByPath;

    /// <summary>Whether the article at <paramref name="filePath"/>, named <paramref name="name"/>, is one the index generates.</summary>
    /// <remarks>The look-up is built on first use and kept: the index outlives text edits, so it is built once per change of names, not once per keystroke.</remarks>
    public bool Generates(string filePath, string name)
    {
        var nameByPath = Volatile.Read(ref _nameByPath);
        if (nameByPath is null)
        {
            nameByPath = new Dictionary<string, string>(Entries.Count, StringComparer.Ordinal);
            foreach (var entry in Entries)
                nameByPath[entry.FilePath] = entry.Name;
            Volatile.Write(ref _nameByPath, nameByPath); // a cached index may be shared by runs on other threads
        }
        return nameByPath.TryGetValue(filePath, out var generated) && generated == name;
    }

    // Equality is the entries and the duplicates; the look-up built from them is not part of it.
    public bool Equals(ArticleIndex? other) =>
        other is not null && (ReferenceEquals(this, other) || (Entries.Equals(other.Entries) && Duplicates.Equals(other.Duplicates)));

    public override int GetHashCode() => (Entries.GetHashCode() * 397) ^ Duplicates.GetHashCode();
}
