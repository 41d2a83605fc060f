using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using ArticleRecords.Extraction;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `allocations [RUNS]`: which types the whole extraction allocates, in bytes per input byte, over the benchmark
/// corpus. The runtime reports a sample about every 100 KB allocated, naming the type of the object that crossed the
/// mark, so a type's share is estimated from its samples; RUNS (10 unless given) repetitions steady the estimate.
/// </summary>
internal static class AllocationsCommand
{
    public static void Run(string[] args)
    {
        var runs = args.Length > 1 && int.TryParse(args[1], out var given) && given > 0 ? given : 10;
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
        // Events arrive on another thread: read a copy.
        Dictionary<string, long> bytesByType;
        lock (listener.BytesByType)
            bytesByType = new Dictionary<string, long>(listener.BytesByType);
        var sampled = bytesByType.Values.Sum();
        Console.WriteLine($"corpus {BenchmarkCorpus.Source}: {texts.Length} articles, {bytes / 1e6:F2} MB; whole extraction allocates {allocated / runs / bytes:F2} B/B");
        Console.WriteLine($"{"type",-70}{"B/B",8}");
        foreach (var (type, sampledBytes) in bytesByType.OrderByDescending(pair => pair.Value).Take(30))
            Console.WriteLine($"{type,-70}{allocated * (sampledBytes / (double)sampled) / runs / bytes,8:F3}");
    }

    private sealed class AllocationListener : EventListener
    {
        private const int GcKeyword = 0x1;
        private const int AllocationTickEvent = 10;

        public Dictionary<string, long> BytesByType { get; } = new();

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
            lock (BytesByType)
                BytesByType[type] = BytesByType.TryGetValue(type, out var sum) ? sum + amount : amount;
        }
    }
}
