using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Benchmarks;

/// <summary>What a build hands the generator for N articles made by replicating real text.</summary>
internal sealed class GeneratorInputs
{
    public GeneratorInputs(int articleCount)
    {
        Texts = BenchmarkCorpus.Replicated(articleCount)
            .Select((text, i) => (AdditionalText)new MemoryText($"/bench/Articles/a{i:D5}.txt", text))
            .ToImmutableArray();
        Compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class C { }") }, Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Options = new ArticleOptions(Texts.Select(t => t.Path));
    }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public GeneratorDriver CreateDriver() => CreateDriver(new Generator.ArticleRecordsGenerator());

    /// <param name="generator">The generator to drive.</param>
    /// <param name="trackSteps">Whether the driver records each step's runs and their time (which costs more than the steps).</param>
    public GeneratorDriver CreateDriver(IIncrementalGenerator generator, bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() }, Texts, optionsProvider: Options,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    internal sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class ArticleOptions(IEnumerable<string> paths) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Article = new Options(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.ArticleRecordsItem"] = "Article",
            ["build_metadata.AdditionalFiles.Published"] = "2016-01-01",
        });

        private readonly HashSet<string> _paths = new(paths);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _paths.Contains(textFile.Path) ? Article : GlobalOptions;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
