using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Emit;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Tests;

/// <summary>A defect of ours while emitting one article costs that article only, and says so (AR0900).</summary>
public class FailureContainmentTests
{
    [Fact]
    public void A_failing_emitter_gives_AR0900_in_the_article_file_and_no_source()
    {
        var model = new ArticleModel("/project/Articles/a.txt", "a.txt", "A", null, null, ArticleExtractor.Extract("Text."), EquatableArray.From(Array.Empty<DiagnosticInfo>()));

        var emission = ArticleEmitter.Emit(model, factDocs: true, (_, _, _) => throw new InvalidOperationException("boom"), CancellationToken.None);

        Assert.Null(emission.Source);
        var failure = Assert.Single(emission.Diagnostics).ToDiagnostic();
        Assert.Equal("AR0900", failure.Id);
        Assert.Equal("/project/Articles/a.txt", failure.Location.GetLineSpan().Path);
        Assert.Contains("InvalidOperationException: boom", failure.GetMessage());
    }

    [Fact]
    public void Cancellation_is_not_turned_into_a_diagnostic()
    {
        var model = new ArticleModel("/project/Articles/a.txt", "a.txt", "A", null, null, ArticleExtractor.Extract("Text."), EquatableArray.From(Array.Empty<DiagnosticInfo>()));

        Assert.Throws<OperationCanceledException>(() =>
            ArticleEmitter.Emit(model, factDocs: true, (_, _, _) => throw new OperationCanceledException(), CancellationToken.None));
    }

    [Fact]
    public void An_article_without_a_class_is_left_out_of_the_index_and_the_rest_are_ordered_by_path()
    {
        var none = EquatableArray.From(Array.Empty<DiagnosticInfo>());
        var index = Parsing.ArticleIndexBuilder.Build(
            new[]
            {
                new ArticleEmission("/p/b.txt", "B", "class B", none),
                new ArticleEmission("/p/failed.txt", "Failed", null, none),
                new ArticleEmission("/p/a.txt", "A", "class A", none),
            }.Select(ArticleIndexEntry.Of).ToImmutableArray(),
            CancellationToken.None);

        Assert.Equal(new[] { "A", "B" }, index.Entries.Select(e => e.Name));
    }
}
