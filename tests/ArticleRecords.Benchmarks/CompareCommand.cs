using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using ArticleRecords.Extraction;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `compare OTHER [ROUNDS]`: the whole extraction of the benchmark corpus by this build against another build of
/// ArticleRecords.Extraction.dll (OTHER: its path, say from a worktree of an earlier commit), in one process, article
/// by article in turn (ROUNDS passes over the corpus, 20 unless given, after five to warm up). On a shared machine
/// whose speed drifts from one second to the next, articles taken in turn meet the same drift, so the median of the
/// passes' ratios is steadier than times taken in separate runs. Both builds are loaded alike, each into a context of its
/// own, and called alike, through reflection.
/// </summary>
internal static class CompareCommand
{
    private const int WarmUpPasses = 5;

    public static void Run(string[] args)
    {
        var (otherAssembly, numbers) = CommandLine.OtherBuild(args, "ArticleRecords.Extraction.dll");
        var rounds = numbers.Length > 0 ? numbers[0] : 20;
        var texts = BenchmarkCorpus.Texts;

        var current = new ExtractionBuild("this build", typeof(ArticleExtractor).Assembly.Location);
        var other = new ExtractionBuild("other", otherAssembly);
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var text in texts)
            {
                current.Time(text);
                other.Time(text);
            }
        }

        var currentTimes = new List<double>();
        var otherTimes = new List<double>();
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // Article by article in turn, so both builds meet the machine as it is within the same millisecond; which goes
            // first changes from article to article, so neither always runs on the other's caches and garbage.
            double currentTime = 0, otherTime = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                if ((i + round) % 2 == 0)
                {
                    currentTime += current.Time(texts[i]);
                    otherTime += other.Time(texts[i]);
                }
                else
                {
                    otherTime += other.Time(texts[i]);
                    currentTime += current.Time(texts[i]);
                }
            }
            currentTimes.Add(currentTime);
            otherTimes.Add(otherTime);
            ratios.Add(currentTime / otherTime);
        }

        Console.WriteLine($"corpus {BenchmarkCorpus.Source}: {texts.Length} articles; {rounds} rounds, each build's whole extraction once per round");
        Console.WriteLine($"  this build  {current.Path}: median {Statistics.Median(currentTimes):F1} ms (best {currentTimes.Min():F1})");
        Console.WriteLine($"  other build {other.Path}: median {Statistics.Median(otherTimes):F1} ms (best {otherTimes.Min():F1})");
        Console.WriteLine($"  this / other, median of the rounds' ratios: {Statistics.Median(ratios):F3} (rounds from {ratios.Min():F3} to {ratios.Max():F3})");
    }

    /// <summary>One build of the extraction, loaded into a context of its own and called through reflection.</summary>
    private sealed class ExtractionBuild
    {
        private readonly MethodInfo _extract;
        private readonly object?[] _arguments;

        public ExtractionBuild(string name, string path)
        {
            Path = path;
            var assembly = BuildLoadContext.Load(name, path);
            var calendarDate = assembly.GetType("ArticleRecords.Extraction.CalendarDate", throwOnError: true)!;
            var optionsType = assembly.GetType("ArticleRecords.Extraction.ExtractionOptions", throwOnError: true)!;
            // The options every other command uses: published on 1 January 2016, the rest as defaulted.
            var constructor = optionsType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var published = Activator.CreateInstance(calendarDate, 2016, 1, 1);
            var options = constructor.Invoke(constructor.GetParameters()
                .Select(p => p.Name == "Published" ? published : p.DefaultValue)
                .ToArray());
            _extract = assembly.GetType("ArticleRecords.Extraction.ArticleExtractor", throwOnError: true)!
                .GetMethod("Extract", [typeof(string), optionsType, typeof(CancellationToken)])
                ?? throw new MissingMethodException("ArticleExtractor.Extract(string, ExtractionOptions, CancellationToken)");
            _arguments = [null, options, CancellationToken.None];
        }

        public string Path { get; }

        /// <summary>Extracts one text; the time in milliseconds.</summary>
        public double Time(string text)
        {
            _arguments[0] = text;
            var start = Stopwatch.GetTimestamp();
            _extract.Invoke(null, _arguments);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    }
}
