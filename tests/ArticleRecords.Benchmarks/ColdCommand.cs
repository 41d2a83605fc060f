using System;
using System.Diagnostics;
using ArticleRecords.Extraction;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `cold [articles]`: extracts N articles (1,000 unless given) three times in this fresh process and prints
/// each pass. The first pass is what a build without the compiler server pays: the runtime compiles the
/// extraction code as it first runs it, quickly and unoptimised, and only later recompiles what is hot.
/// Run it under different <c>DOTNET_</c> settings to see which part of that start-up cost is which.
/// </summary>
internal static class ColdCommand
{
    public static void Run(string[] args)
    {
        var numbers = CommandLine.Numbers(args);
        var articles = numbers.Length > 0 ? numbers[0] : 1_000;
        var texts = BenchmarkCorpus.Replicated(articles);
        var options = new ExtractionOptions(Published: new CalendarDate(2016, 1, 1));
        var passes = new double[3];
        for (var pass = 0; pass < passes.Length; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var text in texts)
                ArticleExtractor.Extract(text, options);
            passes[pass] = watch.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine($"{articles} articles: first pass {passes[0]:F0} ms, second {passes[1]:F0} ms, third {passes[2]:F0} ms; first / third {passes[0] / passes[2]:F1}");
    }
}
