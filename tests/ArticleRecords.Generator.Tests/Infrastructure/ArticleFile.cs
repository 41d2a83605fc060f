namespace ArticleRecords.Generator.Tests.Infrastructure;

/// <summary>An article as a test hands it to the generator: path, text (null when unreadable) and item metadata.</summary>
internal sealed record ArticleFile(
    string Path,
    string? Text,
    string? Name = null,
    string? Published = null,
    string? Title = null,
    string? Currency = null,
    bool IsArticleItem = true);
