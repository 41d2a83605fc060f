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
internal sealed record ArticleIndex(EquatableArray<ArticleIndexEntry> Entries, EquatableArray<DuplicateArticle> Duplicates);
