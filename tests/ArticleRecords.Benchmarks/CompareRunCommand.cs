using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `compare-run OTHER [ARTICLES] [RUNS]`: a whole generator run over N articles (1,000 unless given) by this build
/// against another build's (OTHER: its ArticleRecords.Generator.dll), each with a new driver, as every build without
/// the driver cache makes, in turn in one process (RUNS of each, 20 unless given, after ten of each to warm up).
/// Like `compare-edit`, with whole runs instead of edits.
/// </summary>
internal static class CompareRunCommand
{
    private const int WarmUpRuns = 10;

    public static void Run(string[] args)
    {
        var (otherAssembly, numbers) = CommandLine.OtherBuild(args, "ArticleRecords.Generator.dll");
        var articles = numbers.Length > 0 ? numbers[0] : 1_000;
        var runs = numbers.Length > 1 ? numbers[1] : 20;

        var inputs = new GeneratorInputs(articles);
        var current = new GeneratorBuild("this build", typeof(Generator.ArticleRecordsGenerator).Assembly.Location, inputs);
        var other = new GeneratorBuild("other", otherAssembly, inputs);
        for (var i = 0; i < WarmUpRuns; i++)
        {
            current.FullRun();
            other.FullRun();
        }

        var (currentTimes, otherTimes) = InTurn.Time(runs, current.FullRun, other.FullRun);
        var ratios = currentTimes.Zip(otherTimes, (c, o) => c / o).ToList();

        Console.WriteLine($"{runs} whole runs over {articles} articles, each build's in turn");
        Console.WriteLine($"  this build  {current.Path}: median {Statistics.Median(currentTimes):F1} ms");
        Console.WriteLine($"  other build {other.Path}: median {Statistics.Median(otherTimes):F1} ms");
        Console.WriteLine($"  this / other, median of the runs' ratios: {Statistics.Median(ratios):F3} (runs from {ratios.Min():F3} to {ratios.Max():F3})");
    }
}
