namespace ArticleRecords.Generator.Model;

/// <summary>One article ready to emit: whether the index generates it (its Name is its own) and the project's settings.</summary>
internal sealed record ArticleOutput(ArticleModel Model, bool IsGenerated, GenerationSettings Settings);
