using System;
using System.Linq;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
        var numbers = args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var articles = numbers.Length > 0 ? numbers[0] : 1_000;
        var runs = numbers.Length > 1 ? numbers[1] : 6;
        var inputs = new GeneratorInputs(articles);
        for (var run = 1; run <= runs; run++)
        {
            var driver = (GeneratorDriver)CSharpGeneratorDriver.Create(new[] { new Generator.ArticleRecordsGenerator().AsSourceGenerator() }, inputs.Texts,
                optionsProvider: inputs.Options, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var collections = GC.CollectionCount(0);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(inputs.Compilation);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var result = driver.GetRunResult().Results[0];
            var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps)
                .Select(step => (step.Key, Ms: step.Value.Sum(r => r.ElapsedTime.TotalMilliseconds)))
                .Where(step => step.Ms >= 1)
                .OrderByDescending(step => step.Ms);
            Console.WriteLine($"run {run}: {elapsed:F0} ms, {GC.CollectionCount(0) - collections} collections; steps: {string.Join(", ", steps.Select(s => $"{s.Key} {s.Ms:F0} ms"))}");
        }
    }
}
