using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using ArticleRecords.Extraction;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `generator [counts...]`: a full generator run through CSharpGeneratorDriver for each number of
/// articles (default 100, 1,000 and 10,000), beside the extraction of the same texts alone, measured
/// in the same run (best of 3 each). The per-article cost shows whether the generator grows linearly,
/// and the ratio shows what the pipeline and the emitters add to extraction. Then one article among
/// them is edited and the generator rerun, beside extracting that one article alone: the issue's
/// target is a rerun costing no more than twice that extraction. The same edit through a generator that
/// only reads each article's length (<see cref="MinimalArticleGenerator"/>) shows what Roslyn's driver costs
/// before any of ArticleRecords' work.
/// </summary>
internal static class GeneratorCostCommand
{
    public static void Run(string[] args)
    {
        var given = CommandLine.Numbers(args);
        var counts = given.Length > 0 ? given : new[] { 100, 1_000, 10_000 };
        var options = new ExtractionOptions(Published: new CalendarDate(2016, 1, 1));

        Console.WriteLine($"corpus {BenchmarkCorpus.Source}; best of 3 runs each");
        Console.WriteLine($"{"articles",10}{"generator ms",15}{"ms/article",12}{"extraction ms",15}{"ratio",8}{"edit one ms",13}{"extract one ms",16}{"ratio",8}{"minimal edit ms",17}");
        foreach (var count in counts)
        {
            var inputs = new GeneratorInputs(count);
            var texts = inputs.Texts.Select(t => t.GetText()!.ToString()).ToArray();
            var generator = Best(() => inputs.CreateDriver().RunGenerators(inputs.Compilation).GetRunResult());
            var extraction = Best(() => { foreach (var text in texts) ArticleExtractor.Extract(text, options); });
            var (edit, single) = EditOne(inputs, inputs.CreateDriver(), options);
            var (minimalEdit, _) = EditOne(inputs, inputs.CreateDriver(new MinimalArticleGenerator()), options);
            Console.WriteLine($"{count,10}{generator,15:F0}{generator / count,12:F3}{extraction,15:F0}{generator / extraction,8:F2}{edit,13:F2}{single,16:F2}{edit / single,8:F2}{minimalEdit,17:F2}");
        }
    }

    /// <summary>Median times of a rerun after editing the middle article and of extracting it alone (201 of each after 40 to warm up), alternating two texts so every rerun has a real change.</summary>
    private static (double Edit, double Single) EditOne(GeneratorInputs inputs, GeneratorDriver created, ExtractionOptions options)
    {
        var edit = new AlternatingEdit(inputs);
        var driver = created.RunGenerators(inputs.Compilation);
        var edits = new List<double>();
        var singles = new List<double>();
        // The first edits run code the runtime has not optimised yet: 40 of them are left out of the median.
        for (var i = 0; i < 40 + 201; i++)
        {
            var (text, edited) = edit.Next();
            var watch = Stopwatch.StartNew();
            driver = edit.Apply(driver, edited);
            var rerun = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            ArticleExtractor.Extract(text, options);
            if (i < 40)
                continue;
            edits.Add(rerun);
            singles.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (Statistics.Median(edits), Statistics.Median(singles));
    }

    private static double Best(Action run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
