using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using ArticleRecords.Extraction;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `scaling`: extraction time from 1 KB to 10 MB for real and adversarial text, measured side by
/// side in one run. Linear time shows as a flat time-per-MB column.
/// </summary>
internal static class ScalingCommand
{
    private static readonly int[] Sizes = { 1_000, 10_000, 100_000, 1_000_000, 10_000_000 };

    public static void Run()
    {
        var inputs = new (string Name, Func<int, string> Make)[]
        {
            ("real news text", BenchmarkCorpus.Repeat),
            ("unclosed quotation marks", n => Fill(n, "“unclosed ")),
            ("capitalised words in a row", n => Fill(n, "Capital ")),
            ("quotation marks only", n => Fill(n, "“”\"")),
            ("one line of digits and $", n => Fill(n, "$1,000.5 ")),
            ("quotations with pronouns", n => Fill(n, "“Yes,” he said. ")),
            ("titled people and cues", n => Fill(n, "Sen. Maria Alvarez said “no” and President Tom Kowalski told her so. ")),
            ("nested double marks", n => Fill(n, "“A “b” c” ")),
            ("place names without end", n => Fill(n, "NEW YORK, N.H. United Arab ST. ")),
        };

        Console.WriteLine($"Extraction scaling ({BenchmarkCorpus.Source}); best of 3 runs per cell, ms per MB of input.");
        Console.WriteLine($"{"input",-28}" + string.Concat(Sizes.Select(s => $"{Label(s),12}")) + $"{"10MB/1MB",10}");
        foreach (var (name, make) in inputs)
        {
            var perMb = Sizes.Select(size => Measure(make(size)) / (size / 1_000_000.0)).ToArray();
            Console.WriteLine($"{name,-28}" + string.Concat(perMb.Select(v => $"{v,12:F1}")) + $"{perMb[^1] / perMb[^2],10:F2}");
        }
    }

    private static double Measure(string text)
    {
        ArticleExtractor.Extract(text); // warm up
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            ArticleExtractor.Extract(text);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static string Fill(int length, string unit)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
            builder.Append(unit);
        return builder.ToString(0, length);
    }

    private static string Label(int size) => size >= 1_000_000 ? $"{size / 1_000_000}MB" : $"{size / 1_000}KB";
}
