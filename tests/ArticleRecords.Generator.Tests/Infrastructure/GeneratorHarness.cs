using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Tests.Infrastructure;

/// <summary>Runs the generator as the compiler would, on articles and C# held in memory.</summary>
internal sealed class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    public Dictionary<string, string> Properties { get; } = new();

    public List<ArticleFile> Articles { get; } = new();

    public List<string> Sources { get; } = new() { "namespace Consumer { internal static class Program { } }" };

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public IEnumerable<MetadataReference> References { get; set; } = Basic.Reference.Assemblies.Net80.References.All;

    public GeneratorHarness WithArticle(ArticleFile article)
    {
        Articles.Add(article);
        return this;
    }

    public CSharpCompilation CreateCompilation() => CSharpCompilation.Create(
        "Consumer",
        Sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode.Diagnose);

    public GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> additionalTexts) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleRecordsGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            OptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the driver (for further runs) and the output compilation.</summary>
    public GeneratorRun Run()
    {
        var compilation = CreateCompilation();
        var texts = AdditionalTexts();
        var driver = CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics, texts);
    }

    public ImmutableArray<AdditionalText> AdditionalTexts() =>
        Articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToImmutableArray();

    public TestOptionsProvider OptionsProvider()
    {
        var global = Properties.ToDictionary(p => "build_property." + p.Key, p => p.Value);
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var article in Articles)
        {
            var metadata = new Dictionary<string, string>();
            if (article.IsArticleItem)
                metadata["build_metadata.AdditionalFiles.ArticleRecordsItem"] = "Article";
            Add(metadata, "Name", article.Name);
            Add(metadata, "Published", article.Published);
            Add(metadata, "Title", article.Title);
            Add(metadata, "Currency", article.Currency);
            perFile[article.Path] = metadata;
        }
        return new TestOptionsProvider(global, perFile);
    }

    private static void Add(Dictionary<string, string> metadata, string name, string? value)
    {
        if (value is not null)
            metadata["build_metadata.AdditionalFiles." + name] = value;
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<AdditionalText> Texts)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public IEnumerable<Diagnostic> AllDiagnostics => Diagnostics.Concat(Result.Diagnostics).Distinct();

    public string Source(string hintName) => Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.GeneratedSources.Select(s => s.HintName);

    /// <summary>The generated file that holds <paramref name="articleName"/>'s class (others may share it).</summary>
    public string ArticleSource(string articleName) => Source(HintNameOf(articleName));

    // Every additional file counted as an article: a harness's few articles are spread over the fewest files either way.
    private string HintNameOf(string articleName) => Emit.ArticleFiles.HintNameOf(articleName, Texts.Length);

    /// <summary>How many classes <c>Articles.&lt;articleName&gt;</c> were generated (0 or 1).</summary>
    public int ArticleClassCount(string articleName)
    {
        var hintName = HintNameOf(articleName);
        if (!HintNames.Contains(hintName))
            return 0;
        var marker = $"public static class {articleName}\n";
        var source = Source(hintName);
        var count = 0;
        for (var at = source.IndexOf(marker, System.StringComparison.Ordinal); at >= 0; at = source.IndexOf(marker, at + 1, System.StringComparison.Ordinal))
            count++;
        return count;
    }
}
