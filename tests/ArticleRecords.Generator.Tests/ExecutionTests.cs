using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Runtime.Loader;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator.Tests;

/// <summary>Runs the generated code and checks every value against the article it came from.</summary>
public class ExecutionTests
{
    private static readonly ArticleFile[] TestArticleFiles =
    {
        TestArticles.Seed, TestArticles.Ap, TestArticles.Reuters, TestArticles.Riverton with { Title = "Riverton mayor vows to rebuild" },
    };

    [Fact]
    public void Every_emitted_string_and_offset_matches_the_article_text()
    {
        foreach (var (file, record) in GenerateAndLoad(TestArticleFiles))
        {
            string text = record.Text;
            Assert.Equal(ArticleText.Normalize(file.Text!), text);
            foreach (dynamic paragraph in record.Paragraphs)
                Assert.Contains((string)paragraph, text);
            foreach (dynamic quote in record.Quotes)
                Assert.InRange((int)quote.Start + (int)quote.Length, 0, text.Length);
            foreach (dynamic date in record.Dates)
                Assert.Equal((string)date.Text, text.Substring(date.Start, date.Length));
            foreach (dynamic money in record.Money)
                Assert.Equal((string)money.Text, text.Substring(money.Start, money.Length));
            foreach (dynamic mention in ((IEnumerable)record.People).Cast<object>().Concat(((IEnumerable)record.Organizations).Cast<object>()).Concat(((IEnumerable)record.Places).Cast<object>()))
                Assert.InRange((int)mention.Start + (int)mention.Length, 1, text.Length);
        }
    }

    [Fact]
    public void Every_record_gives_back_every_fact_the_extractor_found()
    {
        foreach (var (file, record) in GenerateAndLoad(TestArticleFiles))
            Assert.Equal(Expected(file), FactListing.Of(record));
    }

    /// <summary>What the extractor finds in an article, as the generator's options would have it read.</summary>
    internal static string Expected(ArticleFile file)
    {
        CalendarDate? published = CalendarDate.TryParseIso(file.Published, out var date) ? date : null;
        var extracted = ArticleExtractor.Extract(file.Text!, new ExtractionOptions(Published: published, DollarCurrency: file.Currency ?? "USD"));
        return FactListing.Of(extracted, file.Title ?? extracted.Title, published);
    }

    [Fact]
    public void Article_texts_and_facts_stay_out_of_the_user_string_heap()
    {
        // Every string literal the IL loads shares one heap of at most 16 MB per assembly (CS8103 beyond):
        // texts loaded that way would cap a project at a few thousand articles.
        using var stream = new MemoryStream();
        Assert.True(PublicHarness(TestArticleFiles).Run().Output.Emit(stream).Success);

        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var userStrings = System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(pe.GetMetadataReader(), System.Reflection.Metadata.Ecma335.HeapIndex.UserString);
        var textBytes = TestArticleFiles.Sum(a => a.Text!.Length * 2);
        Assert.True(userStrings < textBytes / 4, $"{userStrings} bytes of user strings for {textBytes} bytes of article text");
    }

    [Fact]
    public void The_seed_record_holds_the_published_date_and_dateline_values()
    {
        var harness = PublicHarness().WithArticle(TestArticles.Seed with { Name = "KazakhstanAbrahamAccords" });
        dynamic record = LoadAll(harness.Run().Output).Cast<object>().Single();

        Assert.Equal("KazakhstanAbrahamAccords", (string)record.Name);
        Assert.Equal(new System.DateOnly(2025, 11, 7), (System.DateOnly?)record.Published);
        Assert.Equal(6, ((IEnumerable)record.Paragraphs).Cast<object>().Count());
    }

    // Public, so that the dynamic binder may read the records from the test assembly.
    private static GeneratorHarness PublicHarness(params ArticleFile[] articles)
    {
        var harness = new GeneratorHarness { References = ReferenceSets.For("runtime") };
        harness.Properties["ArticleRecordsVisibility"] = "public";
        foreach (var article in articles)
            harness.WithArticle(article);
        return harness;
    }

    /// <summary>Generates, compiles and loads the articles; each comes back with its record, read through the generated code.</summary>
    private static (ArticleFile File, dynamic Record)[] GenerateAndLoad(ArticleFile[] articles)
    {
        var all = LoadAll(PublicHarness(articles).Run().Output);
        Assert.Equal(articles.Length, all.Count);
        return all.Cast<object>().Select(record => (articles.Single(a => Path.GetFileName(a.Path) == (string)((dynamic)record).FileName), (dynamic)record)).ToArray();
    }

    internal static IList LoadAll(Compilation output)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        var articles = assembly.GetType("ArticleRecords.Articles")!;
        return (IList)articles.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
