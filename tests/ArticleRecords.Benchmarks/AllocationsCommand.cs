using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using ArticleRecords.Extraction;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `allocations [RUNS]`: which types the whole extraction allocates, in bytes per input byte, over the benchmark
/// corpus. `allocations generator`: what a full generator run over 1,000 articles allocates, beside their extraction
/// alone. `allocations edit`: what one edit among 1,000 articles allocates.
/// The runtime reports a sample about every 100 KB allocated, naming the type of the object that crossed the mark,
/// so a type's share is estimated from its samples; repetitions (RUNS, 10 unless given) steady the estimate.
/// </summary>
internal static class AllocationsCommand
{
    public static void Run(string[] args)
    {
        switch (args.Length > 1 ? args[1] : "")
        {
            case "generator":
                RunGenerator();
                break;
            case "edit":
                RunEdits();
                break;
            default:
                RunExtraction(args.Length > 1 && int.TryParse(args[1], out var given) && given > 0 ? given : 10);
                break;
        }
    }

    private static void RunExtraction(int runs)
    {
        var texts = BenchmarkCorpus.Texts;
        var bytes = (double)texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        var options = new ExtractionOptions(Published: new CalendarDate(2016, 1, 1));
        foreach (var t in texts)
            ArticleExtractor.Extract(t, options);

        using var listener = new AllocationListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < runs; r++)
        {
            foreach (var t in texts)
                ArticleExtractor.Extract(t, options);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"corpus {BenchmarkCorpus.Source}: {texts.Length} articles, {bytes / 1e6:F2} MB; whole extraction allocates {allocated / runs / bytes:F2} B/B");
        listener.Print(allocated / runs / bytes, "B/B", "F3");
    }

    private static void RunGenerator()
    {
        const int runs = 5;
        var inputs = new GeneratorInputs(1_000);
        inputs.CreateDriver().RunGenerators(inputs.Compilation);
        var texts = inputs.Texts.Select(t => t.GetText()!.ToString()).ToArray();
        var options = new ExtractionOptions(Published: new CalendarDate(2016, 1, 1));
        var extractionBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var text in texts)
            ArticleExtractor.Extract(text, options);
        var extraction = GC.GetTotalAllocatedBytes(precise: true) - extractionBefore;

        using var listener = new AllocationListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
            inputs.CreateDriver().RunGenerators(inputs.Compilation);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / runs;
        Console.WriteLine($"a full generator run over 1,000 articles allocates {allocated / 1048576.0:F1} MB; their extraction alone {extraction / 1048576.0:F1} MB");
        listener.Print(allocated / 1048576.0, "MB", "F2");
    }

    private static void RunEdits()
    {
        const int edits = 2_000;
        var inputs = new GeneratorInputs(1_000);
        var edit = new AlternatingEdit(inputs);
        var driver = inputs.CreateDriver().RunGenerators(inputs.Compilation);
        for (var i = 0; i < 200; i++)
            driver = edit.Apply(driver, edit.Next().File);

        using var listener = new AllocationListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < edits; i++)
            driver = edit.Apply(driver, edit.Next().File);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / edits;
        Console.WriteLine($"an edit of one article among 1,000 allocates {allocated / 1024.0:F0} KB");
        listener.Print(allocated / 1024.0, "KB", "F1");
    }

    private sealed class AllocationListener : EventListener
    {
        private const int GcKeyword = 0x1;
        private const int AllocationTickEvent = 10;

        private readonly Dictionary<string, long> _bytesByType = new();

        /// <summary>The 30 types sampled most, each with its share of <paramref name="total"/>.</summary>
        public void Print(double total, string unit, string format)
        {
            // Events arrive on another thread: read a copy.
            Dictionary<string, long> bytesByType;
            lock (_bytesByType)
                bytesByType = new Dictionary<string, long>(_bytesByType);
            var sampled = (double)bytesByType.Values.Sum();
            Console.WriteLine($"{"type",-90}{unit,10}");
            foreach (var (type, sampledBytes) in bytesByType.OrderByDescending(pair => pair.Value).Take(30))
                Console.WriteLine($"{type,-90}{(total * sampledBytes / sampled).ToString(format, System.Globalization.CultureInfo.InvariantCulture),10}");
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventId != AllocationTickEvent || e.Payload is null)
                return;
            var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
            lock (_bytesByType)
                _bytesByType[type] = _bytesByType.TryGetValue(type, out var sum) ? sum + amount : amount;
        }
    }
}
