using System.IO;
using System.Linq;
using ArticleRecords.Generator.Emit;
using ArticleRecords.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator.Tests;

/// <summary>The generated source for each test article, reviewed as a snapshot.</summary>
public class SnapshotTests
{
    [Fact]
    public void Seed_article() => VerifyArticle(TestArticles.Seed with { Name = "KazakhstanAbrahamAccords" });

    [Fact]
    public void Ap_article() => VerifyArticle(TestArticles.Ap);

    [Fact]
    public void Reuters_article() => VerifyArticle(TestArticles.Reuters);

    [Fact]
    public void Riverton_article() => VerifyArticle(TestArticles.Riverton with { Title = "Riverton mayor vows to rebuild" });

    [Fact]
    public void Record_types_for_net8()
    {
        var run = new GeneratorHarness().WithArticle(TestArticles.Ap).Run();
        Snapshot.Verify(run.Source(RecordTypesEmitter.HintName), RecordTypesEmitter.HintName);
        Assert.DoesNotContain(IsExternalInitEmitter.HintName, run.HintNames);
    }

    [Fact]
    public void Record_types_for_netstandard20()
    {
        var harness = new GeneratorHarness { References = ReferenceSets.For("netstandard2.0") };
        harness.Properties["ArticleRecordsNamespace"] = "News.Generated";
        harness.Properties["ArticleRecordsVisibility"] = "public";
        var run = harness.WithArticle(TestArticles.Ap).Run();
        Snapshot.Verify(run.Source(RecordTypesEmitter.HintName), RecordTypesEmitter.HintName);
        Snapshot.Verify(run.Source(IsExternalInitEmitter.HintName), IsExternalInitEmitter.HintName);
    }

    [Fact]
    public void Index_of_several_articles()
    {
        var run = new GeneratorHarness()
            .WithArticle(TestArticles.Riverton)
            .WithArticle(TestArticles.Seed)
            .WithArticle(TestArticles.Ap)
            .Run();
        Snapshot.Verify(run.Source(ArticleIndexEmitter.HintName), ArticleIndexEmitter.HintName);
    }

    private static void VerifyArticle(ArticleFile article, [System.Runtime.CompilerServices.CallerMemberName] string testMethod = "")
    {
        var run = new GeneratorHarness().WithArticle(article).Run();
        var name = Path.GetFileNameWithoutExtension(article.Path);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // Named for the article, not for the numbered file that holds it, so the snapshot reads as what it is.
        Snapshot.Verify(run.ArticleSource(article.Name ?? name), $"ArticleRecords.Articles.{article.Name ?? name}.g.cs", testMethod: testMethod);
    }
}
