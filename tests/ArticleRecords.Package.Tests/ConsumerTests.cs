using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ArticleRecords.Package.Tests;

/// <summary>A separate project consumes the packed package from a local feed, exactly as a user's would.</summary>
[Collection(PackedPackageCollection.Name)]
public class ConsumerTests(PackedPackage package)
{
    private static readonly Dictionary<string, string[]> ContractMembers = new()
    {
        ["Article"] = new[] { "Name", "FileName", "Title", "Dateline", "Published", "Text", "Paragraphs", "Quotes", "Dates", "Money", "People", "Organizations", "Places" },
        ["Dateline"] = new[] { "Place", "Source", "Date", "Text", "Start", "Length" },
        ["Quote"] = new[] { "Text", "Speaker", "SpeakerMention", "Cue", "IsPartial", "Paragraph", "Start", "Length" },
        ["DateMention"] = new[] { "Text", "Year", "Month", "Day", "Date", "Start", "Length" },
        ["MoneyMention"] = new[] { "Text", "Amount", "Currency", "Start", "Length" },
        ["Person"] = new[] { "Name", "Title", "Start", "Length" },
        ["Organization"] = new[] { "Name", "Start", "Length" },
        ["Place"] = new[] { "Name", "CountryCode", "Start", "Length" },
    };

    private const string Program = """
        using System;
        using ArticleRecords;

        namespace Consumer
        {
            /// <summary>Prints every article as JSON.</summary>
            public static class Program
            {
                /// <summary>Entry point.</summary>
                public static void Main()
                {
        #if NET
                    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(Articles.All));
        #else
                    Console.WriteLine(Articles.All.Count + Articles.KazakhstanAbrahamAccords.Quotes.Count);
        #endif
                }
            }
        }
        """;

    private ConsumerProject CreateConsumer(string targetFrameworks, string extraProperties = "")
    {
        var consumer = new ConsumerProject(package);
        consumer.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>{targetFrameworks}</TargetFrameworks>
                <OutputType Condition="'$(TargetFramework)' != 'netstandard2.0'">Exe</OutputType>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleRecords" Version="*-*" PrivateAssets="all" />
                <Article Include="news/astana.txt" Name="KazakhstanAbrahamAccords" Published="2025-11-07" />
                <AdditionalFiles Include="docs/notes.txt" />
              </ItemGroup>
            </Project>
            """);
        consumer.Write("Program.cs", Program);
        consumer.Write("news/astana.txt", File.ReadAllText(Path.Combine(package.RepositoryRoot, "tests", "TestArticles", "KazakhstanAbrahamAccords.txt")));
        consumer.Write("Articles/ApSenateWildfireAid.txt", File.ReadAllText(Path.Combine(package.RepositoryRoot, "tests", "TestArticles", "ApSenateWildfireAid.txt")));
        consumer.Write("docs/notes.txt", "“Not an article,” the notes said.");
        return consumer;
    }

    [Fact]
    public void Builds_for_every_target_with_warnings_as_errors_and_serialises_the_contract_names()
    {
        using var consumer = CreateConsumer("net10.0;net8.0;netstandard2.0;net48");
        var build = DotNetCli.Run(consumer.Directory, new[] { "build", "-c", "Release" }.Concat(DotNetCli.IsolatedBuild).ToArray());
        Assert.Contains("astana.txt(2,384): warning AR0004", build);

        var json = DotNetCli.Run(consumer.Directory, "run", "--no-build", "-c", "Release", "-f", "net10.0");
        using var document = JsonDocument.Parse(json.Trim());
        var articles = document.RootElement.EnumerateArray().ToArray();

        // Articles/*.txt by default plus the explicit item; docs/notes.txt is another AdditionalFile, not an article.
        Assert.Equal(new[] { "ApSenateWildfireAid", "KazakhstanAbrahamAccords" }, articles.Select(a => a.GetProperty("Name").GetString()).ToArray());
        foreach (var article in articles)
        {
            AssertMembers("Article", article);
            if (article.GetProperty("Dateline").ValueKind == JsonValueKind.Object)
                AssertMembers("Dateline", article.GetProperty("Dateline"));
            AssertEach("Quote", article.GetProperty("Quotes"));
            AssertEach("DateMention", article.GetProperty("Dates"));
            AssertEach("MoneyMention", article.GetProperty("Money"));
            AssertEach("Person", article.GetProperty("People"));
            AssertEach("Organization", article.GetProperty("Organizations"));
            AssertEach("Place", article.GetProperty("Places"));
        }

        var seed = articles.Single(a => a.GetProperty("Name").GetString() == "KazakhstanAbrahamAccords");
        Assert.Equal("2025-11-07", seed.GetProperty("Published").GetString());
        Assert.Equal(17000000000m, seed.GetProperty("Money")[0].GetProperty("Amount").GetDecimal());
        Assert.Equal("USD", seed.GetProperty("Money")[0].GetProperty("Currency").GetString());
        Assert.Equal(6, seed.GetProperty("Quotes").GetArrayLength());
    }

    [Fact]
    public void Default_article_items_can_be_turned_off()
    {
        using var consumer = CreateConsumer("net10.0", "<EnableDefaultArticleItems>false</EnableDefaultArticleItems>");
        DotNetCli.Run(consumer.Directory, new[] { "build", "-c", "Release" }.Concat(DotNetCli.IsolatedBuild).ToArray());

        var json = DotNetCli.Run(consumer.Directory, "run", "--no-build", "-c", "Release");
        using var document = JsonDocument.Parse(json.Trim());
        Assert.Equal(new[] { "KazakhstanAbrahamAccords" }, document.RootElement.EnumerateArray().Select(a => a.GetProperty("Name").GetString()).ToArray());
    }

    [Fact]
    public void Quotation_warnings_become_errors_only_when_the_project_asks()
    {
        using var consumer = CreateConsumer("net10.0", "<ArticleRecordsTextWarningsAsErrors>true</ArticleRecordsTextWarningsAsErrors>");
        var build = DotNetCli.Run(consumer.Directory, false, new[] { "build", "-c", "Release" }.Concat(DotNetCli.IsolatedBuild).ToArray());
        Assert.Contains("astana.txt(2,384): error AR0004", build);
    }

    private static void AssertEach(string type, JsonElement list)
    {
        foreach (var item in list.EnumerateArray())
            AssertMembers(type, item);
    }

    private static void AssertMembers(string type, JsonElement element) =>
        Assert.Equal(ContractMembers[type].OrderBy(n => n, System.StringComparer.Ordinal), element.EnumerateObject().Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal));
}
