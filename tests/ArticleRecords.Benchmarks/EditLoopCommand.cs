using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `edit-loop [articles] [edits] [minimal] [steps] [parse]`: edits the middle article among N again and again and reruns
/// the generator each time, printing the median and mean rerun, the processor time, bytes allocated and collections
/// per edit. It does nothing else, so a profiler attached to it (`dotnet-trace collect -- dotnet ... edit-loop`) sees
/// only what an edit costs. With `minimal`, the generator is <see cref="MinimalArticleGenerator"/>, Roslyn's floor for
/// the same edit; with `steps`, the driver tracks its steps and their time per edit is printed (tracking costs more
/// than the steps); with `parse`, the generated files each edit changed are then parsed, as the IDE must before it can use
/// them, and that time is printed apart from the rerun.
/// </summary>
internal static class EditLoopCommand
{
    public static void Run(string[] args)
    {
        var minimal = args.Contains("minimal");
        var steps = args.Contains("steps");
        var parse = args.Contains("parse");
        var numbers = CommandLine.Numbers(args, "minimal", "steps", "parse");
        var articles = numbers.Length > 0 ? numbers[0] : 1_000;
        var edits = numbers.Length > 1 ? numbers[1] : 2_000;

        var inputs = new GeneratorInputs(articles);
        var edit = new AlternatingEdit(inputs);
        var generator = minimal ? new MinimalArticleGenerator() : (IIncrementalGenerator)new Generator.ArticleRecordsGenerator();
        var driver = inputs.CreateDriver(generator, trackSteps: steps).RunGenerators(inputs.Compilation);

        var stepTimes = new Dictionary<string, double>();
        var times = new double[edits];
        var parseTimes = new double[edits];
        var texts = parse ? TextsByHint(driver) : new Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText>();
        var gen2Before = GC.CollectionCount(2);
        var gen0Before = GC.CollectionCount(0);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < edits; i++)
        {
            var (_, edited) = edit.Next();
            var watch = Stopwatch.StartNew();
            driver = edit.Apply(driver, edited);
            times[i] = watch.Elapsed.TotalMilliseconds;
            if (parse)
                parseTimes[i] = ParseChanged(driver, ref texts);
            if (steps)
            {
                foreach (var (name, milliseconds) in StepTimes.Of(driver.GetRunResult().Results[0]))
                    stepTimes[name] = (stepTimes.TryGetValue(name, out var total) ? total : 0) + milliseconds;
            }
        }
        process.Refresh();
        var cpuPerEdit = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / edits;
        var allocatedPerEdit = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / edits;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        var gen0 = GC.CollectionCount(0) - gen0Before;

        foreach (var (name, total) in stepTimes.OrderByDescending(p => p.Value))
            Console.WriteLine($"  {name,-24} {total / edits,8:F3} ms per edit");
        if (parse)
            Console.WriteLine($"parsing the generated files each edit changed, as the IDE then must (documentation comments parsed): median {Statistics.Median(parseTimes):F2} ms per edit");
        Console.WriteLine($"{edits} edits of one article among {articles}{(minimal ? ", minimal generator" : "")}: median {Statistics.Median(times):F2} ms, mean {times.Average():F2} ms, processor time {cpuPerEdit:F2} ms per edit (all threads, collections included, less disturbed by other work), {allocatedPerEdit / 1024:N0} KB allocated per edit; {gen0} collections, {gen2} of them full");
    }

    /// <summary>
    /// Parses the generated files whose text the last run changed, with the driver's parse options, and returns the time
    /// it took. The IDE keeps the trees of generated files whose text is unchanged and parses the others anew.
    /// </summary>
    private static double ParseChanged(GeneratorDriver driver, ref Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText> previous)
    {
        var current = TextsByHint(driver);
        var before = previous;
        var changed = current
            .Where(pair => !before.TryGetValue(pair.Key, out var old) || !(ReferenceEquals(old, pair.Value) || old.ContentEquals(pair.Value)))
            .Select(pair => pair.Value)
            .ToArray();
        previous = current;
        var watch = Stopwatch.StartNew();
        foreach (var text in changed)
            CSharpSyntaxTree.ParseText(text).GetRoot();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText> TextsByHint(GeneratorDriver driver) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText);
}
