using System;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Dates;

public class DateExtractorRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Nov.")]
    [InlineData("Nov. ")]
    [InlineData("on Nov. 7-")]
    [InlineData("9999-12-31 0001-01-01 9999/99/99")]
    [InlineData("on 12/31/9999 and Dec. 31, 9999 and next year")]
    [InlineData("10000 years ago, 9999 months ago, 99999 days ago")]
    [InlineData("the day before yesterday's day after")]
    [InlineData("\u0661\u0662 November \u0662\u0660\u0662\u0665")]
    [InlineData("last")]
    [InlineData("Tuesday,")]
    public void Never_throws_even_at_the_ends_of_the_calendar(string text)
    {
        foreach (var published in new CalendarDate?[] { null, new CalendarDate(1, 1, 1), new CalendarDate(9999, 12, 31), new CalendarDate(2025, 11, 7) })
        {
            var document = ArticleDocument.Parse(text, CancellationToken.None);
            var found = DateExtractor.Extract(document, new ExtractionOptions(published), CancellationToken.None);
            Assert.All(found, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
            MoneyExtractor.Extract(document, new ExtractionOptions(published), CancellationToken.None);
        }
    }

    [Fact]
    public void Never_throws_on_random_text_made_of_date_and_money_pieces()
    {
        var pieces = new[]
        {
            "Nov", ".", " ", "7", "-", "/", ",", "2025", "May", "Tuesday", "last", "next", "ago", "days", "$", "bn", "1.2",
            "million", "pounds", "of", "in", "the", "7th", "th", "€", "US", "\u2013", "to", "a", "half", "99999999999999999999",
            "Feb", "29", "31", "said", "will", "\n", "today's", "day", "before", "yesterday", "k", "p", "cents", ":",
        };
        var random = new Random(20251107);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(1, 40); n > 0; n--)
                builder.Append(pieces[random.Next(pieces.Length)]);
            var text = builder.ToString();
            var document = ArticleDocument.Parse(text, CancellationToken.None);
            foreach (var published in new CalendarDate?[] { null, new CalendarDate(1, 1, 1), new CalendarDate(9999, 12, 31), new CalendarDate(2024, 2, 29) })
            {
                var options = new ExtractionOptions(published);
                var dates = DateExtractor.Extract(document, options, CancellationToken.None);
                var money = MoneyExtractor.Extract(document, options, CancellationToken.None);
                Assert.All(dates, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
                Assert.All(money, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
                Assert.Equal(dates.Select(m => m.Start).OrderBy(s => s), dates.Select(m => m.Start));
            }
        }
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var document = ArticleDocument.Parse(string.Concat(Enumerable.Repeat("on Nov. 7 and ", 3000)), CancellationToken.None);
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DateExtractor.Extract(document, ExtractionOptions.Default, source.Token));
    }
}
