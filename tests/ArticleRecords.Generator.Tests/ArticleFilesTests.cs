using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Emit;
using ArticleRecords.Generator.Model;
using ArticleRecords.Generator.Parsing;

namespace ArticleRecords.Generator.Tests;

/// <summary>How the article classes are gathered into the generated files.</summary>
public class ArticleFilesTests
{
    private static readonly EquatableArray<DiagnosticInfo> None = EquatableArray.From(Array.Empty<DiagnosticInfo>());

    [Fact]
    public void Classes_in_a_file_follow_the_path_order_whatever_order_the_files_come_in()
    {
        // Names whose classes share a file, handed over out of path order.
        var names = Enumerable.Range(0, 400).Select(i => "A" + i).GroupBy(name => ArticleFiles.Of(name, ArticleFiles.FewestFiles)).First(g => g.Count() >= 3).Take(3).ToArray();
        var emissions = new[]
        {
            new ArticleEmission("/p/c.txt", names[0], "class C", None),
            new ArticleEmission("/p/a.txt", names[1], "class A", None),
            new ArticleEmission("/p/b.txt", names[2], "class B", None),
        }.ToImmutableArray();

        var file = Assert.Single(ArticleFiles.Group(emissions, IndexOf(emissions), CancellationToken.None));

        Assert.Equal(new[] { "class A", "class B", "class C" }, file.Classes);
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(1_024, 64)]
    [InlineData(1_025, 128)]
    [InlineData(4_096, 256)]
    [InlineData(4_097, 512)]
    [InlineData(100_000, 512)]
    public void The_number_of_files_doubles_past_sixteen_classes_a_file_up_to_512(int articles, int files) =>
        Assert.Equal(files, ArticleFiles.CountFor(articles));

    [Fact]
    public void Past_64_files_the_names_have_three_digits()
    {
        Assert.Equal("ArticleRecords.Articles.07.g.cs", ArticleFiles.HintName(7, 64));
        Assert.Equal("ArticleRecords.Articles.007.g.cs", ArticleFiles.HintName(7, 128));
    }

    [Fact]
    public void Two_thousand_articles_are_spread_over_128_files_each_in_the_file_its_name_picks()
    {
        var emissions = Enumerable.Range(0, 2_000)
            .Select(i => new ArticleEmission($"/p/a{i:D4}.txt", "A" + i, "class A" + i, None))
            .ToImmutableArray();

        var files = ArticleFiles.Group(emissions, IndexOf(emissions), CancellationToken.None);

        Assert.True(files.Length is > 64 and <= 128, files.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2_000, files.Sum(f => f.Classes.Count));
        Assert.Contains(files, f => f.HintName == ArticleFiles.HintNameOf("A1234", 2_000) && f.Classes.Contains("class A1234"));
        Assert.All(files, f => Assert.True(f.Classes.Count <= 40, f.HintName));
    }

    [Fact]
    public void An_article_whose_name_an_earlier_one_has_gets_no_class_but_keeps_its_diagnostics()
    {
        var warning = DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.EmptyArticle, LocationInfo.StartOf("/p/b.txt"), "b.txt");
        var emissions = new[]
        {
            new ArticleEmission("/p/b.txt", "Same", "class Second", EquatableArray.From(new[] { warning })),
            new ArticleEmission("/p/a.txt", "Same", "class First", None),
        }.ToImmutableArray();

        var file = Assert.Single(ArticleFiles.Group(emissions, IndexOf(emissions), CancellationToken.None));

        Assert.Equal(new[] { "class First" }, file.Classes);
        Assert.Equal(new[] { warning }, file.Diagnostics);
    }

    [Fact]
    public void An_article_without_a_class_reports_its_diagnostics_in_its_file()
    {
        var failure = DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.UnreadableArticle, LocationInfo.StartOf("/p/a.txt"), "a.txt", "gone");
        var emissions = ImmutableArray.Create(new ArticleEmission("/p/a.txt", "A", null, EquatableArray.From(new[] { failure })));

        var file = Assert.Single(ArticleFiles.Group(emissions, IndexOf(emissions), CancellationToken.None));

        Assert.Empty(file.Classes);
        Assert.Equal(new[] { failure }, file.Diagnostics);
    }

    private static ArticleIndex IndexOf(ImmutableArray<ArticleEmission> emissions) =>
        ArticleIndexBuilder.Build(emissions.Select(ArticleIndexEntry.Of).ToImmutableArray(), CancellationToken.None);
}
