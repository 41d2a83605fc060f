namespace ArticleRecords.Generator;

/// <summary>Names of the pipeline steps, for tests that watch what an edit recomputes.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string TargetFeatures = nameof(TargetFeatures);
    public const string Settings = nameof(Settings);
    public const string ArticleInputs = nameof(ArticleInputs);
    public const string Articles = nameof(Articles);
    public const string ArticleIndexEntries = nameof(ArticleIndexEntries);
    public const string ArticleIndex = nameof(ArticleIndex);
    public const string ArticleFiles = nameof(ArticleFiles);
}
