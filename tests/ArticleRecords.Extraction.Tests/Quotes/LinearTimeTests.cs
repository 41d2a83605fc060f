using System.Diagnostics;
using System.Text;

namespace ArticleRecords.Extraction.Tests.Quotes;

public class LinearTimeTests
{
    // Shapes that would make a careless rule quadratic: one endless run of capitalised words, one
    // paragraph of unbalanced marks, thousands of quotations with pronouns, and thousands of people.
    [Theory]
    [InlineData("Ab ")]
    [InlineData("\u201C")]
    [InlineData("\u201CYes,\u201D he said. ")]
    [InlineData("Sen. Maria Alvarez said \u201Cno\u201D and President Tom Kowalski told her so. ")]
    [InlineData("\u201CA \u201Cb\u201D c\u201D ")]
    public void A_large_adversarial_article_takes_time_proportional_to_its_length(string unit)
    {
        var small = Measure(unit, 20_000);
        var large = Measure(unit, 160_000);
        // Eight times the text may take at most about eight times as long (generous margin for noise).
        Assert.True(large < small * 20 + 200, $"small {small} ms, large {large} ms");
    }

    private static long Measure(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
            builder.Append(unit);
        var text = builder.ToString();
        ArticleExtractor.Extract(text.Substring(0, 1000));
        var watch = Stopwatch.StartNew();
        ArticleExtractor.Extract(text);
        return watch.ElapsedMilliseconds;
    }
}
