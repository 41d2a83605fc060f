using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ArticleRecords.Extraction.Tests;

/// <summary>A long extraction stops promptly when the build cancels.</summary>
public class CancellationTests
{
    private static string LongArticle()
    {
        var builder = new StringBuilder();
        while (builder.Length < 40_000_000)
            builder.Append("WASHINGTON — “We will meet on Nov. 7,” said Sen. Jane Doe of the U.S. Senate, citing $17 billion in aid.\n");
        return builder.ToString();
    }

    [Fact]
    public void A_cancelled_token_stops_extraction_before_any_work()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract(LongArticle(), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Cancelling_midway_stops_a_40_MB_extraction_promptly()
    {
        var text = LongArticle();
        using var source = new CancellationTokenSource();
        var extraction = Task.Run(() => ArticleExtractor.Extract(text, cancellationToken: source.Token));
        await Task.Delay(50);
        var watch = Stopwatch.StartNew();
        source.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extraction);
        // A behaviour bound, not a speed target: generous for a shared machine, where the whole
        // extraction of this text takes several times longer.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"stopped {watch.Elapsed.TotalMilliseconds:F0} ms after cancellation");
    }
}
