using System.Collections.Immutable;
using System.Threading;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Emit;
using ArticleRecords.Generator.Model;
using ArticleRecords.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator;

/// <summary>
/// Reads every <c>Article</c> item (an AdditionalFile tagged by the package's targets) and emits the
/// record types, one <c>Articles.&lt;Name&gt;</c> class per article, and <c>Articles.All</c>.
/// Each article is parsed in its own pipeline step, so editing one article re-extracts only that one,
/// and editing C# code re-extracts none.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleRecordsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var target = context.CompilationProvider
            .Select(static (compilation, _) => TargetFeaturesReader.Read(compilation))
            .WithTrackingName(TrackingNames.TargetFeatures);

        var settings = options.Combine(target)
            .Select(static (pair, _) => new GenerationSettings(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Settings);

        // One step reads each file and leaves out those that are not articles (none or one input per file).
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (pair, cancellationToken) => ArticleInputReader.Read(pair.Left, pair.Right, cancellationToken) is { } input
                ? ImmutableArray.Create(input)
                : ImmutableArray<ArticleInput>.Empty)
            .WithTrackingName(TrackingNames.ArticleInputs);

        // Each article is extracted and its class emitted in one step: the class is the same text whatever the
        // namespace or visibility (its files' aliases and declarations follow those), and the two properties it is
        // read and written by travel in each input rather than being combined in here. Every step over all the
        // articles costs a table of them on every run, an edit included.
        var emissions = inputs
            .Select(static (input, cancellationToken) => ArticleEmitter.Emit(ArticleParser.Parse(input, cancellationToken), input.FactDocs, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        // Null when nothing is generated (C# below 9): the articles still report their diagnostics.
        var classSettings = settings.Select(static (s, _) => ArticleClassSettings.From(s));

        // The index sees only each article's path and name (and whether it has a class), so an edit of
        // an article's text leaves every entry equal and the index is not rebuilt at all.
        var index = emissions
            .Select(static (emission, _) => ArticleIndexEntry.Of(emission))
            .WithTrackingName(TrackingNames.ArticleIndexEntries)
            .Collect()
            .Select(static (entries, cancellationToken) => ArticleIndexBuilder.Build(entries, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleIndex);

        // Every step after this one sees all articles at once; it reruns on an edit, but only over
        // cached values.
        var allEmissions = emissions.Collect();

        var articleFiles = allEmissions.Combine(index)
            .SelectMany(static (pair, cancellationToken) => ArticleFiles.Group(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleFiles);

        context.RegisterSourceOutput(settings, static (production, settings) => EmitTypes(production, settings));
        context.RegisterSourceOutput(index.Combine(settings), static (production, pair) => EmitIndex(production, pair.Left, pair.Right));
        context.RegisterSourceOutput(articleFiles.Combine(classSettings), static (production, pair) => AddArticleFile(production, pair.Left, pair.Right));
    }

    private static void EmitTypes(SourceProductionContext production, GenerationSettings settings)
    {
        foreach (var diagnostic in settings.Options.Diagnostics)
            production.ReportDiagnostic(diagnostic.ToDiagnostic());

        if (!settings.Target.SupportsRecords)
        {
            production.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, null, settings.Target.LanguageVersion).ToDiagnostic());
            return;
        }

        production.AddSource(RecordTypesEmitter.HintName, RecordTypesEmitter.Emit(settings));
        if (settings.Target.NeedsIsExternalInit)
            production.AddSource(IsExternalInitEmitter.HintName, IsExternalInitEmitter.Emit());
    }

    private static void EmitIndex(SourceProductionContext production, ArticleIndex index, GenerationSettings settings)
    {
        foreach (var duplicate in index.Duplicates)
        {
            production.ReportDiagnostic(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateName,
                LocationInfo.StartOf(duplicate.FilePath),
                System.IO.Path.GetFileName(duplicate.FilePath),
                duplicate.Name,
                System.IO.Path.GetFileName(duplicate.FirstFilePath)).ToDiagnostic());
        }

        if (settings.Target.SupportsRecords)
            production.AddSource(ArticleIndexEmitter.HintName, ArticleIndexEmitter.Emit(index, settings));
    }

    private static void AddArticleFile(SourceProductionContext production, ArticleFile file, ArticleClassSettings? settings)
    {
        foreach (var diagnostic in file.Diagnostics)
            production.ReportDiagnostic(diagnostic.ToDiagnostic());

        if (settings is not null && file.Classes.Count > 0)
            production.AddSource(file.HintName, ArticleFiles.Emit(file, settings));
    }
}
