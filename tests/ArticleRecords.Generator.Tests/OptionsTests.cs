using System.Linq;
using ArticleRecords.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Tests;

/// <summary>The ArticleRecords* MSBuild properties and the consumer's language version.</summary>
public class OptionsTests
{
    private static GeneratorRun RunWith(string property, string value)
    {
        var harness = new GeneratorHarness().WithArticle(TestArticles.Ap);
        harness.Properties[property] = value;
        return harness.Run();
    }

    [Fact]
    public void Namespace_and_public_visibility_apply_to_every_generated_type()
    {
        var harness = new GeneratorHarness().WithArticle(TestArticles.Ap);
        harness.Properties["ArticleRecordsNamespace"] = "Newsroom.Data";
        harness.Properties["ArticleRecordsVisibility"] = "public";
        var run = harness.Run();

        var articles = run.Output.GetTypeByMetadataName("Newsroom.Data.Articles");
        Assert.NotNull(articles);
        Assert.Equal(Accessibility.Public, articles!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, run.Output.GetTypeByMetadataName("Newsroom.Data.Quote")!.DeclaredAccessibility);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Types_are_internal_by_default()
    {
        var run = new GeneratorHarness().WithArticle(TestArticles.Ap).Run();
        Assert.Equal(Accessibility.Internal, run.Output.GetTypeByMetadataName("ArticleRecords.Article")!.DeclaredAccessibility);
    }

    [Theory]
    [InlineData("My App")]
    [InlineData("class.Data")]
    [InlineData("Trailing.")]
    public void Invalid_namespace_is_reported_and_the_default_is_used(string value)
    {
        var run = RunWith("ArticleRecordsNamespace", value);
        Assert.Contains($"'{value}'", Assert.Single(run.Result.Diagnostics, d => d.Id == "AR0101").GetMessage());
        Assert.NotNull(run.Output.GetTypeByMetadataName("ArticleRecords.Articles"));
    }

    [Fact]
    public void Unknown_visibility_is_reported_naming_what_is_accepted()
    {
        var message = Assert.Single(RunWith("ArticleRecordsVisibility", "protected").Result.Diagnostics, d => d.Id == "AR0102").GetMessage();
        Assert.Contains("'protected'", message);
        Assert.Contains("'public'", message);
    }

    [Fact]
    public void Unknown_date_order_is_reported()
    {
        Assert.Single(RunWith("ArticleRecordsDateOrder", "YearFirst").Result.Diagnostics, d => d.Id == "AR0103");
        Assert.Empty(RunWith("ArticleRecordsDateOrder", "dayfirst").Result.Diagnostics);
    }

    [Fact]
    public void Fact_docs_list_every_fact_by_default()
    {
        var source = new GeneratorHarness().WithArticle(TestArticles.Ap).Run().ArticleSource("ApSenateWildfireAid");

        Assert.Contains("/// <para>Quote 1 (line 3), said by Maria Alvarez", source);
        Assert.Contains("/// <para>Money 1 (line 1): <c>$4.5 billion</c>, 4500000000 USD.</para>", source);
    }

    [Fact]
    public void Fact_docs_set_to_false_count_the_facts_and_keep_every_member()
    {
        var run = RunWith("ArticleRecordsFactDocs", "False");
        var source = run.ArticleSource("ApSenateWildfireAid");

        Assert.Empty(run.Result.Diagnostics);
        Assert.DoesNotContain("Quote 1 (line", source);
        Assert.Contains("/// <para>Published: 2025-10-02. 6 paragraphs.</para>", source);
        Assert.Contains("/// <para>Quotations: 6. Dates: 4. Sums of money: 1. People: 5. Organisations: 4. Places: 3. Dateline: yes.</para>", source);
        Assert.Contains("public const string Text = ", source);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Unknown_fact_docs_value_is_reported_and_every_fact_is_listed()
    {
        var run = RunWith("ArticleRecordsFactDocs", "some");

        Assert.Contains("'some'", Assert.Single(run.Result.Diagnostics, d => d.Id == "AR0105").GetMessage());
        Assert.Contains("Quote 1 (line", run.ArticleSource("ApSenateWildfireAid"));
    }

    [Fact]
    public void Language_versions_before_csharp_9_get_one_error_and_no_code()
    {
        var harness = new GeneratorHarness { LanguageVersion = LanguageVersion.CSharp8 }.WithArticle(TestArticles.Ap);
        var run = harness.Run();
        Assert.Contains("8.0", Assert.Single(run.Result.Diagnostics, d => d.Id == "AR0104").GetMessage());
        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void Currency_metadata_says_which_dollar_a_bare_sign_is()
    {
        var run = new GeneratorHarness()
            .WithArticle(new ArticleFile("/project/Articles/Ottawa.txt", "The province will spend $5 million.", Currency: "CAD"))
            .WithArticle(new ArticleFile("/project/Articles/Boston.txt", "The city will spend $5 million."))
            .Run();
        Assert.Contains("<c>$5 million</c>, 5000000 CAD.", run.ArticleSource("Ottawa"));
        Assert.Contains("<c>$5 million</c>, 5000000 USD.", run.ArticleSource("Boston"));
    }

    [Theory]
    [InlineData(null, 11, 7)]
    [InlineData("DayFirst", 7, 11)]
    public void Date_order_decides_how_numeric_dates_are_read(string? order, int month, int day)
    {
        var harness = new GeneratorHarness().WithArticle(new ArticleFile("/project/Articles/Vote.txt", "The vote was held on 11/7/2025."));
        if (order is not null)
            harness.Properties["ArticleRecordsDateOrder"] = order;
        var source = harness.Run().ArticleSource("Vote");
        Assert.Contains($"<c>11/7/2025</c>, {new System.DateOnly(2025, month, day):yyyy-MM-dd}.", source);
    }
}
