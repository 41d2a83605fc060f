using System;
using System.Globalization;
using System.Linq;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator.Tests.Hostile;

/// <summary>
/// Property tests: whatever the articles hold, the generator does not fail, its code compiles with no
/// diagnostic, every emitted string equals the text it came from, and the output is the same in any culture.
/// CI runs a bounded number of cases; set ARTICLERECORDS_HOSTILE_ITERATIONS for a long campaign.
/// </summary>
public class HostileArticleTests
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("ARTICLERECORDS_HOSTILE_ITERATIONS"), out var n) ? n : 40;

    private static readonly Gen<string[]> Batches = HostileText.Article.Array[1, 4];

    [Fact]
    public void Hostile_articles_compile_cleanly_and_round_trip_every_string() =>
        Batches.Sample(texts =>
        {
            var articles = texts.Select((text, i) => new ArticleFile($"/project/Articles/Hostile{i}.txt", text, Published: "2025-11-07")).ToArray();
            AssertCompilesAndRoundTrips(articles);
        }, iter: Iterations);

    [Fact]
    public void Articles_with_100000_character_lines_compile_cleanly_and_round_trip() =>
        HostileText.LongLineArticle.Sample(text =>
            AssertCompilesAndRoundTrips(new ArticleFile("/project/Articles/Long.txt", text, Published: "2025-11-07")),
            iter: Math.Max(3, Iterations / 10));

    [Fact]
    public void Output_is_byte_identical_under_invariant_turkish_and_arabic_cultures() =>
        Batches.Sample(texts =>
        {
            var invariant = GenerateUnder(CultureInfo.InvariantCulture, texts);
            Assert.Equal(invariant, GenerateUnder(new CultureInfo("tr-TR"), texts));
            Assert.Equal(invariant, GenerateUnder(new CultureInfo("ar-SA"), texts));
        }, iter: Math.Max(5, Iterations / 4));

    private static void AssertCompilesAndRoundTrips(params ArticleFile[] articles)
    {
        foreach (var target in new[] { "net8.0", "netstandard2.0" })
        {
            var harness = new GeneratorHarness { References = ReferenceSets.For(target) };
            foreach (var article in articles)
                harness.WithArticle(article);
            var run = harness.Run();

            Assert.DoesNotContain(run.AllDiagnostics, d => d.Id is "AR0900" or "CS8784" or "CS8785");
            var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems.Select(p => p.ToString())));
        }

        var runtime = new GeneratorHarness { References = ReferenceSets.For("runtime") };
        runtime.Properties["ArticleRecordsVisibility"] = "public";
        foreach (var article in articles)
            runtime.WithArticle(article);
        var run2 = runtime.Run();
        var readable = articles.Where(a => a.Text!.IndexOf('\0') < 0).ToArray();
        var all = ExecutionTests.LoadAll(run2.Output);
        Assert.Equal(readable.Length, all.Count);
        foreach (dynamic record in all)
        {
            var file = readable.Single(a => a.Path.EndsWith("/" + (string)record.FileName, StringComparison.Ordinal));
            Assert.Equal(ExecutionTests.Expected(file), FactListing.Of(record));
        }
    }

    private static string[] GenerateUnder(CultureInfo culture, string[] texts)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var harness = new GeneratorHarness();
            for (var i = 0; i < texts.Length; i++)
                harness.WithArticle(new ArticleFile($"/project/Articles/Hostile{i}.txt", texts[i], Published: "2025-11-07"));
            return harness.Run().Result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
