namespace ArticleRecords.Generator.Model;

/// <summary>Everything about the project, not the articles, that shapes the generated code.</summary>
internal sealed record GenerationSettings(GeneratorOptions Options, TargetFeatures Target)
{
    public string Namespace => Options.Namespace;

    public string TypeVisibility => Options.IsPublic ? "public" : "internal";

    public string DateType => Target.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime";
}
