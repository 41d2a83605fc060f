using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `edit-loop [articles] [edits] [minimal]`: edits the middle article among N again and again and reruns
/// the generator each time, printing the median. It does nothing else, so a profiler attached to it
/// (`dotnet-trace collect -- dotnet ... edit-loop`) sees only what an edit costs. With `minimal`, the
/// generator is <see cref="MinimalArticleGenerator"/>, Roslyn's floor for the same edit.
/// </summary>
internal static class EditLoopCommand
{
    public static void Run(string[] args)
    {
        var minimal = Array.IndexOf(args, "minimal") > 0;
        args = Array.FindAll(args, a => a != "minimal");
        var articles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
        var edits = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2_000;
        var inputs = new GeneratorInputs(articles);
        var original = inputs.Texts[inputs.Texts.Length / 2];
        var text = original.GetText()!.ToString();
        var versions = new[] { text + "\nAn edited paragraph.", text + "\nAnother edited paragraph." };
        var steps = Array.IndexOf(args, "steps") > 0;
        args = Array.FindAll(args, a => a != "steps");
        var generator = minimal ? new MinimalArticleGenerator() : (IIncrementalGenerator)new Generator.ArticleRecordsGenerator();
        var driver = (GeneratorDriver)CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, inputs.Texts, optionsProvider: inputs.Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: steps));
        driver = driver.RunGenerators(inputs.Compilation);
        var stepTimes = new System.Collections.Generic.Dictionary<string, double>();
        AdditionalText current = original;
        var times = new double[edits];
        var gen2Before = GC.CollectionCount(2);
        var gen0Before = GC.CollectionCount(0);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < edits; i++)
        {
            var edited = new GeneratorInputs.MemoryText(original.Path, versions[i % 2]);
            var watch = Stopwatch.StartNew();
            driver = driver.ReplaceAdditionalText(current, edited).RunGenerators(inputs.Compilation);
            times[i] = watch.Elapsed.TotalMilliseconds;
            current = edited;
            if (steps)
            {
                foreach (var (name, runs) in driver.GetRunResult().Results[0].TrackedSteps)
                    stepTimes[name] = (stepTimes.TryGetValue(name, out var t) ? t : 0) + runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
                foreach (var (name, runs) in driver.GetRunResult().Results[0].TrackedOutputSteps)
                    stepTimes["output " + name] = (stepTimes.TryGetValue("output " + name, out var t) ? t : 0) + runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
            }
        }
        foreach (var (name, total) in stepTimes.OrderByDescending(p => p.Value))
            Console.WriteLine($"  {name,-24} {total / edits,8:F3} ms per edit");
        var gen2 = GC.CollectionCount(2) - gen2Before;
        var gen0 = GC.CollectionCount(0) - gen0Before;
        process.Refresh();
        var cpuPerEdit = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / edits;
        var allocatedPerEdit = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / edits;
        Array.Sort(times);
        Console.WriteLine($"{edits} edits of one article among {articles}{(minimal ? ", minimal generator" : "")}: median {times[edits / 2]:F2} ms, mean {times.Average():F2} ms, processor time {cpuPerEdit:F2} ms per edit (all threads, collections included, less disturbed by other work), {allocatedPerEdit / 1024:N0} KB allocated per edit; {gen0} collections, {gen2} of them full");
    }
}
