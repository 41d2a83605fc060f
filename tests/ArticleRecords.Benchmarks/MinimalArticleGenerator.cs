using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// The least an incremental generator over the same articles can do: each article's path and length read
/// in a step of its own (with its options, as ArticleRecords reads its metadata), all of them collected,
/// and one small file written. Its rerun after an edit is what Roslyn's driver costs before any extraction:
/// the floor under ArticleRecords' own rerun.
/// </summary>
internal sealed class MinimalArticleGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => (pair.Left.Path, Length: pair.Left.GetText(cancellationToken)?.Length ?? 0))
            .Collect();
        context.RegisterSourceOutput(lengths, static (production, all) =>
            production.AddSource("Lengths.g.cs", $"internal static class Lengths {{ public const int Total = {all.Sum(a => a.Length)}; }}"));
    }
}
