using System;
using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>An article that takes part in the generated <c>Articles</c> class.</summary>
internal sealed record ArticleIndexEntry(string FilePath, string Name);

/// <summary>An article left out because an earlier one (by path) has its Name.</summary>
internal sealed record DuplicateArticle(string FilePath, string Name, string FirstFilePath);

/// <summary>
/// The names of all articles, decided together: which are generated (ordered by path) and which
/// collide. Depends on names only, so editing an article's text leaves it equal.
/// </summary>
internal sealed record ArticleIndex(EquatableArray<ArticleIndexEntry> Entries, EquatableArray<DuplicateArticle> Duplicates)
{
    /// <summary>Whether the article at <paramref name="filePath"/> is generated under <paramref name="name"/> (entries are sorted by path, ordinal).</summary>
    public bool Contains(string filePath, string name)
    {
        int low = 0, high = Entries.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var comparison = string.CompareOrdinal(Entries[mid].FilePath, filePath);
            if (comparison == 0)
                return Entries[mid].Name == name;
            if (comparison < 0)
                low = mid + 1;
            else
                high = mid - 1;
        }
        return false;
    }
}
