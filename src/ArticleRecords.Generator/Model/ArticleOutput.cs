namespace ArticleRecords.Generator.Model;

/// <summary>One article ready to add: its emission, and whether the index generates it (its Name is its own).</summary>
internal sealed record ArticleOutput(ArticleEmission Emission, bool IsGenerated);
