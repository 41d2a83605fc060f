using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `compare-edit OTHER [ARTICLES] [EDITS]`: the rerun after an edit of one article among N (1,000 unless given) by this
/// build's generator against another build's (OTHER: its ArticleRecords.Generator.dll, say from a worktree of an earlier
/// commit), in one process, edit by edit in turn (EDITS of each, 2,000 unless given, after 200 of each to warm up). As
/// with `compare`, both meet the same drift of a shared machine; both are loaded alike, each with its extraction into a
/// context of its own, and share Roslyn. Beside the times it prints what each driver keeps in memory after its first run.
/// </summary>
internal static class CompareEditCommand
{
    private const int WarmUpEdits = 200;
    private const int EditsPerBlock = 100;

    public static void Run(string[] args)
    {
        var (otherAssembly, numbers) = CommandLine.OtherBuild(args, "ArticleRecords.Generator.dll");
        var articles = numbers.Length > 0 ? numbers[0] : 1_000;
        var edits = numbers.Length > 1 ? numbers[1] : 2_000;

        var inputs = new GeneratorInputs(articles);
        // A first driver, let go at once, pays what Roslyn keeps once per process, so that neither build's figure of
        // memory kept carries it.
        _ = new GeneratorBuild("warm-up", typeof(Generator.ArticleRecordsGenerator).Assembly.Location, inputs);
        var current = new GeneratorBuild("this build", typeof(Generator.ArticleRecordsGenerator).Assembly.Location, inputs);
        var other = new GeneratorBuild("other", otherAssembly, inputs);
        for (var i = 0; i < WarmUpEdits; i++)
        {
            current.Edit();
            other.Edit();
        }

        var (currentTimes, otherTimes) = InTurn.Time(edits, current.Edit, other.Edit);

        // A ratio per block of edits, whose medians are steadier than single edits.
        var ratios = Enumerable.Range(0, edits / EditsPerBlock)
            .Select(b => Statistics.Median(currentTimes.Skip(b * EditsPerBlock).Take(EditsPerBlock))
                         / Statistics.Median(otherTimes.Skip(b * EditsPerBlock).Take(EditsPerBlock)))
            .ToList();
        Console.WriteLine($"{edits} edits of one article among {articles}, each build's rerun in turn");
        Console.WriteLine($"  this build  {current.Path}: median {Statistics.Median(currentTimes):F3} ms; {current.Retained / 1e6:F1} MB kept after the first run");
        Console.WriteLine($"  other build {other.Path}: median {Statistics.Median(otherTimes):F3} ms; {other.Retained / 1e6:F1} MB kept after the first run");
        if (ratios.Count > 0)
            Console.WriteLine($"  this / other, median of {ratios.Count} blocks of {EditsPerBlock} edits: {Statistics.Median(ratios):F3} (blocks from {ratios.Min():F3} to {ratios.Max():F3})");
    }
}
