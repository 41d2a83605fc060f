using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Benchmarks;

/// <summary>A full generator run through CSharpGeneratorDriver, to show how cost grows with the number of articles.</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorInputs _inputs = null!;

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _inputs = new GeneratorInputs(Articles);

    [Benchmark(Description = "full generator run")]
    public int FullRun() => _inputs.CreateDriver().RunGenerators(_inputs.Compilation).GetRunResult().GeneratedTrees.Length;
}

/// <summary>
/// One article edited among 1,000, against the extraction of that one article alone: the incremental
/// pipeline should cost little more than the re-extraction it cannot avoid.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private GeneratorInputs _inputs = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private string _editedText = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new GeneratorInputs(1_000);
        _warm = _inputs.CreateDriver().RunGenerators(_inputs.Compilation);
        _editedText = _inputs.Texts[500].GetText()!.ToString() + "\nAn edited paragraph.";
        _edited = new GeneratorInputs.MemoryText(_inputs.Texts[500].Path, _editedText);
    }

    [Benchmark(Baseline = true, Description = "extract the edited article alone")]
    public int SingleExtraction() => Extraction.ArticleExtractor.Extract(_editedText).Quotes.Count;

    [Benchmark(Description = "rerun after editing one article of 1,000")]
    public int EditOneOfThousand() =>
        _warm.ReplaceAdditionalText(_inputs.Texts[500], _edited).RunGenerators(_inputs.Compilation).GetRunResult().GeneratedTrees.Length;
}
