using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleRecords.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Tests;

/// <summary>What each kind of edit makes the pipeline recompute, read from its tracked steps.</summary>
public class IncrementalityTests
{
    private static GeneratorHarness ThreeArticles() => new GeneratorHarness()
        .WithArticle(TestArticles.Seed)
        .WithArticle(TestArticles.Ap)
        .WithArticle(TestArticles.Reuters);

    [Fact]
    public void Editing_one_article_reextracts_only_that_article()
    {
        var first = ThreeArticles().Run();
        var edited = new InMemoryAdditionalText(TestArticles.Ap.Path, TestArticles.Ap.Text + "\nA paragraph added by an edit.");

        // The options provider keys metadata by path, so the edited file keeps its metadata.
        var driver = first.Driver
            .ReplaceAdditionalText(first.Texts.Single(t => t.Path == TestArticles.Ap.Path), edited)
            .RunGenerators(first.Input);

        AssertOnlyOneOfThreeReextracted(driver);
        Assert.Equal(1, Reasons(driver, TrackingNames.ArticleIndexEntries).Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(driver, TrackingNames.ArticleIndex), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(1, Reasons(driver, TrackingNames.ArticleFiles).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void A_later_build_through_the_compiler_servers_driver_cache_reextracts_only_the_edited_article()
    {
        // With /features:enable-generator-cache the compiler server keeps the driver between builds and hands it the
        // next build's inputs: every file and the options as new objects, and a new compilation.
        var harness = ThreeArticles();
        var first = harness.Run();
        var next = first.Texts
            .Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Path == TestArticles.Ap.Path ? TestArticles.Ap.Text + "\nA paragraph added by an edit." : t.GetText()!.ToString()))
            .ToImmutableArray();

        var driver = first.Driver
            .WithUpdatedParseOptions(harness.ParseOptions)
            .WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider())
            .ReplaceAdditionalTexts(next)
            .RunGenerators(harness.CreateCompilation());

        AssertOnlyOneOfThreeReextracted(driver);
        Assert.All(Reasons(driver, TrackingNames.ArticleIndex), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Contains("A paragraph added by an edit.", driver.GetRunResult().Results.Single().GeneratedSources
            .Single(s => s.HintName == Emit.ArticleFiles.HintNameOf("ApSenateWildfireAid", 3)).SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_one_article_rebuilds_the_index()
    {
        var first = ThreeArticles().Run();
        var renamed = ThreeArticles();
        renamed.Articles[1] = renamed.Articles[1] with { Name = "RenamedAid" };
        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(renamed.OptionsProvider()).RunGenerators(first.Input);

        Assert.Equal(1, Reasons(driver, TrackingNames.ArticleIndexEntries).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(Reasons(driver, TrackingNames.ArticleIndex), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Contains(driver.GetRunResult().Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("public static class RenamedAid", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_one_article_changes_only_the_file_that_holds_its_class()
    {
        var first = ThreeArticles().Run();
        var edited = new InMemoryAdditionalText(TestArticles.Ap.Path, TestArticles.Ap.Text + "\nA paragraph added by an edit.");
        var driver = first.Driver
            .ReplaceAdditionalText(first.Texts.Single(t => t.Path == TestArticles.Ap.Path), edited)
            .RunGenerators(first.Input);

        var before = first.Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var after = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
        var changed = before.Keys.Where(hint => before[hint] != after[hint]).ToArray();
        Assert.Equal(new[] { Emit.ArticleFiles.HintNameOf("ApSenateWildfireAid", 3) }, changed);
    }

    [Fact]
    public void Editing_csharp_code_reextracts_no_article()
    {
        var harness = ThreeArticles();
        var first = harness.Run();
        var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", harness.ParseOptions));

        var driver = first.Driver.RunGenerators(edited);

        Assert.All(Reasons(driver, TrackingNames.ArticleInputs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.ArticleIndex), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.TargetFeatures), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(driver, TrackingNames.ArticleFiles), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void A_setting_the_article_classes_do_not_use_reemits_no_article()
    {
        var harness = ThreeArticles();
        harness.LanguageVersion = LanguageVersion.CSharp12;
        var first = harness.Run();
        var options = new CSharpParseOptions(LanguageVersion.CSharp13, DocumentationMode.Diagnose);
        var edited = first.Input.RemoveAllSyntaxTrees().AddSyntaxTrees(first.Input.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), options)));

        var driver = first.Driver.RunGenerators(edited);

        Assert.All(Reasons(driver, TrackingNames.TargetFeatures), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(driver, TrackingNames.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.ArticleFiles), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Changing_the_namespace_reemits_no_article_and_rewrites_every_file()
    {
        var harness = ThreeArticles();
        var first = harness.Run();
        harness.Properties["ArticleRecordsNamespace"] = "News.Generated";

        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider()).RunGenerators(first.Input);

        // An article's class is the same text in every namespace: only its file's aliases and declaration change.
        Assert.All(Reasons(driver, TrackingNames.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var files = driver.GetRunResult().Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("ArticleRecords.Articles.", System.StringComparison.Ordinal) && s.HintName != "ArticleRecords.Articles.g.cs").ToArray();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Contains("namespace News.Generated", f.SourceText.ToString(), System.StringComparison.Ordinal));
    }

    [Fact]
    public void Turning_the_fact_list_off_reextracts_every_article()
    {
        var harness = ThreeArticles();
        var first = harness.Run();
        harness.Properties["ArticleRecordsFactDocs"] = "false";

        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider()).RunGenerators(first.Input);

        // The switch travels in each input, as the date order does, so every article is read and written again.
        Assert.All(Reasons(driver, TrackingNames.ArticleInputs), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(driver, TrackingNames.Articles), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
    }

    [Fact]
    public void Changing_the_date_order_reextracts_every_article()
    {
        var harness = ThreeArticles();
        var first = harness.Run();
        harness.Properties["ArticleRecordsDateOrder"] = "DayFirst";

        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider()).RunGenerators(first.Input);

        // Every article is extracted again (none is Cached); these three hold no numeric date, so each comes out Unchanged.
        Assert.All(Reasons(driver, TrackingNames.ArticleInputs), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(driver, TrackingNames.Articles), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void Adding_an_article_extracts_only_the_new_one()
    {
        var harness = ThreeArticles();
        var first = harness.Run();
        var added = new InMemoryAdditionalText(TestArticles.Riverton.Path, TestArticles.Riverton.Text);
        harness.Articles.Add(TestArticles.Riverton);
        var driver = first.Driver
            .AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(added))
            .WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider())
            .RunGenerators(first.Input);

        var reasons = Reasons(driver, TrackingNames.Articles);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(3, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        var first = ThreeArticles().Run().Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray();
        var second = ThreeArticles().Run().Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray();
        Assert.Equal(first, second);
    }

    // Of the three articles, one is extracted and emitted again (one step does both); the other two come from the cache.
    private static void AssertOnlyOneOfThreeReextracted(GeneratorDriver driver)
    {
        var reasons = Reasons(driver, TrackingNames.Articles);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string stepName) =>
        driver.GetRunResult().Results.Single().TrackedSteps[stepName]
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToList();
}
