using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Datelines;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Quotes;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `profile [STAGE] [RUNS]`: a quick breakdown of extraction time per stage over the benchmark corpus (best of
/// RUNS, 5 unless given, one core), with MB/s and allocated bytes per input byte; STAGE picks the stages whose
/// name holds it ("dates"). "cpu ms" is the process's processor time, which other work on a shared machine
/// disturbs less than the wall clock ("ms", which MB/s is taken from). BenchmarkDotNet's ExtractionBenchmarks
/// give the careful figures; this is for finding where time goes.
/// </summary>
internal static class ProfileCommand
{
    public static void Run(string[] args)
    {
        var only = args.Length > 1 && !int.TryParse(args[1], out _) ? args[1] : null;
        var runs = args.Length > 1 && int.TryParse(args[args.Length - 1], out var given) && given > 0 ? given : 5;
        var texts = BenchmarkCorpus.Texts;
        // Input size as the files hold it (UTF-8), which is what a user's articles weigh.
        var bytes = (double)texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        var options = new ExtractionOptions(Published: new CalendarDate(2016, 1, 1));
        var normalized = texts.Select(ArticleText.Normalize).ToArray();
        var documents = normalized.Select(t => ArticleDocument.Parse(t, CancellationToken.None)).ToArray();
        var none = CancellationToken.None;
        var organizationMentions = documents.Select(d => OrganizationFinder.Find(d, none)).ToArray();
        var organizations = organizationMentions.Select(OrganizationExtractor.Deduplicate).ToArray();
        var places = documents.Select(d => PlaceExtractor.Extract(d, null, none)).ToArray();
        var people = documents.Select((d, i) => PersonExtractor.Extract(d, places[i], none)).ToArray();

        Person[] PeopleOf(int i) => documents[i].FoundPeople?.People ?? people[i];

        var stages = new (string Name, Action Run)[]
        {
            ("whole extraction", () => { foreach (var t in texts) ArticleExtractor.Extract(t, options); }),
            // Each document's token array given back as the pipeline does.
            ("text: tokens, paragraphs, sentences", () => { foreach (var t in texts) ArticleDocument.Parse(ArticleText.Normalize(t), none).GiveBackTokens(); }),
            // Parts of the text stage: the tokenizer alone (its array given back for the next text).
            ("text: tokens", () => { foreach (var t in normalized) TokenBuffers.GiveBack(Tokenizer.Tokenize(t, none)); }),
            ("headline and dateline", () => { foreach (var d in documents) DatelineExtractor.Extract(d, HeadlineDetector.Detect(d), Array.Empty<DateMention>(), none); }),
            // Anew: the kinds of date each word may start are read once per document, then money reads them too.
            ("dates", () => { foreach (var d in documents) { d.DateStarts = null; DateExtractor.Extract(d, options, none); } }),
            ("money", () => { foreach (var d in documents) MoneyExtractor.Extract(d, options, none); }),
            ("places", () => { foreach (var d in documents) PlaceExtractor.Extract(d, null, none); }),
            // Anew: scanned once per document and remembered; the stages below read the remembered runs.
            ("name runs", () => { foreach (var d in documents) NameRunScanner.ScanUncached(d, none); }),
            // Anew: the pipeline finds an article's mentions once and remembers them per document.
            ("organisations", () => { foreach (var d in documents) OrganizationExtractor.Deduplicate(OrganizationFinder.FindUncached(d, none)); }),
            ("people", () => { for (var i = 0; i < documents.Length; i++) PersonExtractor.Extract(documents[i], places[i], none); }),
            // The people last handed out for each document (the people stage above hands out new ones), whose directory
            // the speaker rules read, as in the pipeline: with other arrays they would build a directory of their own.
            ("quotes and speakers", () => { for (var i = 0; i < documents.Length; i++) QuoteExtractor.Extract(documents[i], PeopleOf(i), organizations[i], organizationMentions[i], none); }),
            // Parts of the quotes stage.
            ("quotes: quotation marks", () => { foreach (var d in documents) QuotationScanner.Scan(d, new System.Collections.Generic.List<ExtractionIssue>(), none); }),
            ("quotes: entity mentions", () => { for (var i = 0; i < documents.Length; i++) EntityMentions.Build(documents[i], PeopleOf(i), organizations[i], organizationMentions[i], none).Release(); }),
        };

        Console.WriteLine($"corpus {BenchmarkCorpus.Source}: {texts.Length} articles, {bytes / 1e6:F2} MB of UTF-8 text");
        Console.WriteLine($"{"stage",-38}{"ms",10}{"MB/s",10}{"alloc B/B",12}{"cpu ms",10}");
        var process = Process.GetCurrentProcess();
        foreach (var (name, run) in stages)
        {
            if (only is not null && name.IndexOf(only, StringComparison.OrdinalIgnoreCase) < 0)
                continue;
            run();
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            long allocated = 0;
            for (var i = 0; i < runs; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                run();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            Console.WriteLine($"{name,-38}{best,10:F1}{bytes / 1e6 / (best / 1000),10:F1}{allocated / bytes,12:F2}{bestCpu,10:F1}");
        }
    }
}
