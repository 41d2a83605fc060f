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
        var names = Enumerable.Range(0, 400).Select(i => "A" + i).GroupBy(ArticleFiles.Of).First(g => g.Count() >= 3).Take(3).ToArray();
        var emissions = new[]
        {
            new ArticleEmission("/p/c.txt", names[0], "class C", None),
            new ArticleEmission("/p/a.txt", names[1], "class A", None),
            new ArticleEmission("/p/b.txt", names[2], "class B", None),
        }.ToImmutableArray();

        var file = Assert.Single(ArticleFiles.Group(emissions, IndexOf(emissions), CancellationToken.None));

        Assert.Equal(new[] { "class A", "class B", "class C" }, file.Classes);
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
