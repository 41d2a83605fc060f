using System.Linq;
using ArticleRecords.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator.Tests;

/// <summary>Each problem earns its diagnostic, located in the article file, and the other articles still generate.</summary>
public class DiagnosticsTests
{
    private const string Good = "/project/Articles/Good.txt";

    private static GeneratorRun RunWith(params ArticleFile[] articles)
    {
        var harness = new GeneratorHarness().WithArticle(new ArticleFile(Good, "WASHINGTON (AP) — A good article."));
        foreach (var article in articles)
            harness.WithArticle(article);
        return harness.Run();
    }

    private static Diagnostic Single(GeneratorRun run, string id) => Assert.Single(run.Result.Diagnostics, d => d.Id == id);

    private static void AssertGoodArticleStillGenerated(GeneratorRun run)
    {
        Assert.Equal(1, run.ArticleClassCount("Good"));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Unreadable_file_is_a_warning_at_the_start_of_that_file()
    {
        var run = RunWith(new ArticleFile("/project/Articles/Missing.txt", null));
        var diagnostic = Single(run, "AR0001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/project/Articles/Missing.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(0, run.ArticleClassCount("Missing"));
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void Binary_file_is_unreadable()
    {
        var run = RunWith(new ArticleFile("/project/Articles/Image.txt", "PNG\0\0\u0001binary"));
        Assert.Contains("NUL characters", Single(run, "AR0001").GetMessage());
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void Empty_article_is_a_warning_and_still_generates()
    {
        var run = RunWith(new ArticleFile("/project/Articles/Empty.txt", "  \n\n"));
        Assert.Equal(DiagnosticSeverity.Warning, Single(run, "AR0002").Severity);
        Assert.Equal(1, run.ArticleClassCount("Empty"));
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void Two_articles_with_one_name_keep_the_first_by_path_and_report_the_second()
    {
        var run = RunWith(
            new ArticleFile("/project/news/b.txt", "Second.", Name: "Story"),
            new ArticleFile("/project/news/a.txt", "First.", Name: "Story"));
        var diagnostic = Single(run, "AR0005");
        Assert.Equal("/project/news/b.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'a.txt'", diagnostic.GetMessage());
        Assert.Equal(1, run.ArticleClassCount("Story"));
        AssertGoodArticleStillGenerated(run);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("2Fast")]
    [InlineData("has space")]
    [InlineData("All")]
    [InlineData("Quotes")]
    [InlineData("FactReader")]
    [InlineData("DatelinePlace")]
    [InlineData("Facts")]
    public void Invalid_name_is_an_error_and_that_article_is_skipped(string name)
    {
        var run = RunWith(new ArticleFile("/project/Articles/x.txt", "Text.", Name: name));
        var diagnostic = Single(run, "AR0006");
        Assert.Contains($"'{name}'", diagnostic.GetMessage());
        Assert.Equal("/project/Articles/x.txt", diagnostic.Location.GetLineSpan().Path);
        AssertGoodArticleStillGenerated(run);
    }

    [Theory]
    [InlineData("07/11/2025")]
    [InlineData("2025-13-01")]
    [InlineData("yesterday")]
    public void Invalid_published_is_a_warning_naming_the_value(string published)
    {
        var run = RunWith(new ArticleFile("/project/Articles/x.txt", "Text on Nov. 7.", Published: published));
        var diagnostic = Single(run, "AR0007");
        Assert.Contains($"'{published}'", diagnostic.GetMessage());
        Assert.Contains("2025-11-07", diagnostic.GetMessage());
        Assert.Equal(1, run.ArticleClassCount("X"));
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void Invalid_currency_is_a_warning_naming_the_value()
    {
        var run = RunWith(new ArticleFile("/project/Articles/x.txt", "It cost $5.", Currency: "dollars"));
        Assert.Contains("'dollars'", Single(run, "AR0008").GetMessage());
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void Other_additional_files_are_never_read_as_articles()
    {
        var run = RunWith(new ArticleFile("/project/PublicAPI.Shipped.txt", "#nullable enable\nFoo.Bar", IsArticleItem: false));
        Assert.DoesNotContain(run.HintNames, h => h.Contains("PublicAPI", System.StringComparison.Ordinal));
        Assert.Empty(run.Result.Diagnostics);
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void The_same_file_name_in_two_folders_is_reported_not_a_compile_error()
    {
        var run = RunWith(
            new ArticleFile("/project/Articles/sports/story.txt", "A match."),
            new ArticleFile("/project/Articles/news/story.txt", "A vote."));
        var diagnostic = Single(run, "AR0005");
        Assert.Equal("/project/Articles/sports/story.txt", diagnostic.Location.GetLineSpan().Path);
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void Cancellation_reaches_the_caller_instead_of_becoming_a_diagnostic()
    {
        var harness = new GeneratorHarness().WithArticle(TestArticles.Seed);
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() =>
            harness.CreateDriver(harness.AdditionalTexts()).RunGenerators(harness.CreateCompilation(), cancelled.Token));
    }

    [Fact]
    public void The_seed_earns_one_nested_quotation_warning_on_line_two()
    {
        var run = RunWith(TestArticles.Seed);
        var diagnostic = Single(run, "AR0004");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(TestArticles.Seed.Path, span.Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 383), span.StartLinePosition);
        Assert.Equal('“', TestArticles.Seed.Text![diagnostic.Location.SourceSpan.Start]);
        AssertGoodArticleStillGenerated(run);
    }

    [Fact]
    public void An_unclosed_quotation_mark_is_located_at_the_mark_even_after_crlf_line_endings()
    {
        const string text = "First line.\r\nHe said: “this never closes.\r\nThird line.";
        var run = RunWith(new ArticleFile("/project/Articles/Open.txt", text));
        var diagnostic = Single(run, "AR0003");
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 9), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(text.IndexOf('“'), diagnostic.Location.SourceSpan.Start);
        Assert.Equal(1, run.ArticleClassCount("Open"));
        AssertGoodArticleStillGenerated(run);
    }
}
