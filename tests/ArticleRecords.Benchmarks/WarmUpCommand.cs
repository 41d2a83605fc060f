using System;
using System.Linq;
using System.Diagnostics;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `warm-up [articles] [runs]`: full generator runs over N articles (1,000 unless given) one after another in this fresh
/// process, each by a new driver, with the time of each tracked step. The first run is what a build without the
/// compiler server pays; the later ones show how many runs each step takes to reach its warm speed, as the runtime
/// recompiles the code that has proved hot.
/// </summary>
internal static class WarmUpCommand
{
    public static void Run(string[] args)
    {
        var numbers = CommandLine.Numbers(args);
        var articles = numbers.Length > 0 ? numbers[0] : 1_000;
        var runs = numbers.Length > 1 ? numbers[1] : 6;
        var inputs = new GeneratorInputs(articles);
        for (var run = 1; run <= runs; run++)
        {
            var driver = inputs.CreateDriver(new Generator.ArticleRecordsGenerator(), trackSteps: true);
            var collections = GC.CollectionCount(0);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(inputs.Compilation);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var steps = StepTimes.Of(driver.GetRunResult().Results[0])
                .Where(step => step.Milliseconds >= 1)
                .OrderByDescending(step => step.Milliseconds);
            Console.WriteLine($"run {run}: {elapsed:F0} ms, {GC.CollectionCount(0) - collections} collections; steps: {string.Join(", ", steps.Select(s => $"{s.Name} {s.Milliseconds:F0} ms"))}");
        }
    }
}
