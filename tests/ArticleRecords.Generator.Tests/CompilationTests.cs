using System.Linq;
using ArticleRecords.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Tests;

/// <summary>
/// The generated code, and a consumer using it, compile with no diagnostic at all (nullable on, doc
/// comments checked) against the reference assemblies of each supported target.
/// </summary>
public class CompilationTests
{
    private const string Consumer = """
        using System;
        using ArticleRecords;

        namespace Consumer
        {
            /// <summary>Uses the generated API as a user would.</summary>
            public static class Usage
            {
                /// <summary>Constants work in switch and attributes.</summary>
                [Obsolete(Articles.Seed.Name)]
                public static string Kind(string source) => source switch
                {
                    Articles.Seed.Name => "seed",
                    _ => source,
                };

                /// <summary>Lists and records.</summary>
                public static int Count()
                {
                    var total = 0;
                    foreach (var article in Articles.All)
                        total += article.Quotes.Count + article.Dates.Count + article.Money.Count + article.People.Count;
                    foreach (var quote in Articles.Seed.Quotes)
                        total += quote.Speaker?.Length ?? 0;
                    var copy = Articles.Seed.Record with { Title = "Copy" };
                    string? source = Articles.Seed.Source;
                    return total + copy.Paragraphs.Count + (source?.Length ?? 0);
                }
            }
        }
        """;

    // Also as C# 9, the oldest version the generator serves (records need it): nothing it writes may need a later one
    // (C# 12 is the first to alias a nullable type written `DateOnly?`, say).
    [Theory]
    [InlineData("net8.0", LanguageVersion.Latest)]
    [InlineData("netstandard2.0", LanguageVersion.Latest)]
    [InlineData("net48", LanguageVersion.Latest)]
    [InlineData("net8.0", LanguageVersion.CSharp9)]
    [InlineData("netstandard2.0", LanguageVersion.CSharp9)]
    public void Generated_code_compiles_without_any_diagnostic(string targetFramework, LanguageVersion languageVersion)
    {
        var harness = new GeneratorHarness { References = ReferenceSets.For(targetFramework), LanguageVersion = languageVersion };
        harness.Sources.Add(Consumer);
        harness.WithArticle(TestArticles.Seed with { Name = "Seed" })
            .WithArticle(TestArticles.Ap)
            .WithArticle(TestArticles.Reuters)
            .WithArticle(TestArticles.Riverton);

        var run = harness.Run();

        Assert.Empty(run.Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Uses_DateOnly_where_it_exists_and_DateTime_elsewhere()
    {
        var modern = new GeneratorHarness().WithArticle(TestArticles.Ap).Run();
        var legacy = new GeneratorHarness { References = ReferenceSets.For("net48") }.WithArticle(TestArticles.Ap).Run();

        Assert.Contains("global::System.DateOnly? Published", modern.Source("ArticleRecords.Types.g.cs"));
        Assert.Contains("global::System.DateTime? Published", legacy.Source("ArticleRecords.Types.g.cs"));
        Assert.Contains("ArticleRecords.IsExternalInit.g.cs", legacy.HintNames);
    }

    // The fields' types are written through using aliases at the top of each file (MemberTypeAliases): to whoever
    // reads them they are the types the contract names, in the project's namespace.
    [Theory]
    [InlineData("net8.0", "ArticleRecords", "System.DateOnly")]
    [InlineData("net48", "Newsroom.Data", "System.DateTime")]
    public void Article_class_members_have_the_types_the_contract_names(string targetFramework, string ns, string dateType)
    {
        var harness = new GeneratorHarness { References = ReferenceSets.For(targetFramework) };
        harness.Properties["ArticleRecordsNamespace"] = ns;
        var run = harness.WithArticle(TestArticles.Seed with { Name = "Seed" }).Run();

        var seed = run.Output.GetTypeByMetadataName($"{ns}.Articles+Seed")!;
        var list = "global::System.Collections.Generic.IReadOnlyList";

        Assert.Equal($"global::{dateType}?", FieldType(seed, "Published"));
        Assert.Equal($"global::{ns}.Dateline?", FieldType(seed, "Dateline"));
        Assert.Equal($"{list}<string>", FieldType(seed, "Paragraphs"));
        Assert.Equal($"{list}<global::{ns}.Quote>", FieldType(seed, "Quotes"));
        Assert.Equal($"{list}<global::{ns}.DateMention>", FieldType(seed, "Dates"));
        Assert.Equal($"{list}<global::{ns}.MoneyMention>", FieldType(seed, "Money"));
        Assert.Equal($"{list}<global::{ns}.Person>", FieldType(seed, "People"));
        Assert.Equal($"{list}<global::{ns}.Organization>", FieldType(seed, "Organizations"));
        Assert.Equal($"{list}<global::{ns}.Place>", FieldType(seed, "Places"));
        Assert.Equal($"global::{ns}.Article", FieldType(seed, "Record"));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // The aliases' names are reserved for implementations (two underscores): a project's own types named for what the
    // lists hold, in the generated namespace or the global one, must not clash with them.
    [Fact]
    public void A_project_may_declare_types_named_like_the_lists()
    {
        var harness = new GeneratorHarness();
        harness.Sources.Add("""
            /// <summary>A project's own type.</summary>
            public sealed class QuoteList { }

            namespace ArticleRecords
            {
                /// <summary>A project's own types beside the generated ones.</summary>
                internal sealed class QuoteList { }

                /// <summary>Another.</summary>
                internal sealed class PublishedDate { }
            }
            """);
        var run = harness.WithArticle(TestArticles.Seed with { Name = "Seed" }).Run();

        var seed = run.Output.GetTypeByMetadataName("ArticleRecords.Articles+Seed")!;
        Assert.Equal("global::System.Collections.Generic.IReadOnlyList<global::ArticleRecords.Quote>", FieldType(seed, "Quotes"));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Does_not_supply_IsExternalInit_when_the_project_declares_it()
    {
        var harness = new GeneratorHarness { References = ReferenceSets.For("netstandard2.0") };
        harness.Sources.Add("namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }");
        var run = harness.WithArticle(TestArticles.Ap).Run();

        Assert.DoesNotContain("ArticleRecords.IsExternalInit.g.cs", run.HintNames);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // A field's type as C# writes it in full: global:: names, keywords for special types, `?` where annotated.
    private static string FieldType(INamedTypeSymbol type, string field) =>
        ((IFieldSymbol)type.GetMembers(field).Single()).Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
}
