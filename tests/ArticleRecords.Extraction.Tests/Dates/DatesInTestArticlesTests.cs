using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Dates;

namespace ArticleRecords.Extraction.Tests.Dates;

public class DatesInTestArticlesTests
{
    private static DateMention[] Find(string file, string? published) =>
        DateExtractor.Extract(
            TestArticles.Parse(file),
            new ExtractionOptions(Published: published is null ? null : DateTestHelpers.Iso(published)),
            CancellationToken.None);

    [Fact]
    public void Seed_yields_exactly_nov_7_and_nov_6()
    {
        var found = Find("KazakhstanAbrahamAccords.txt", "2025-11-07");
        Assert.Equal(
            new[] { new DateMention("Nov. 7", 2025, 11, 7, 247, 6), new DateMention("Nov. 6", 2025, 11, 6, 958, 6) },
            found);
        Assert.Equal(new CalendarDate(2025, 11, 7), found[0].Date);
        Assert.Equal(new CalendarDate(2025, 11, 6), found[1].Date);
    }

    [Fact]
    public void Seed_without_published_sets_only_month_and_day()
    {
        var found = Find("KazakhstanAbrahamAccords.txt", null);
        Assert.Equal(
            new[] { new DateMention("Nov. 7", null, 11, 7, 247, 6), new DateMention("Nov. 6", null, 11, 6, 958, 6) },
            found);
        Assert.All(found, m => Assert.Null(m.Date));
    }

    [Fact]
    public void Ap_article_resolves_weekdays_by_tense_and_next_month() =>
        Assert.Equal(
            "Wednesday=2025-10-01 | next month=2025/11/? | Sept. 14=2025-09-14 | Friday=2025-10-03",
            DateTestHelpers.Show(Find("ApSenateWildfireAid.txt", "2025-10-02")));

    [Fact]
    public void Reuters_article_resolves_said_on_tuesday_to_the_published_day() =>
        Assert.Equal(
            "Tuesday=2025-06-10 | Monday=2025-06-09 | 2026=2026/?/?",
            DateTestHelpers.Show(Find("ReutersHaldenCorvina.txt", "2025-06-10")));

    [Fact]
    public void Riverton_article_reads_a_past_monday_and_a_deadline_friday() =>
        Assert.Equal(
            "Monday=2025-03-10 | Friday=2025-03-14",
            DateTestHelpers.Show(Find("RivertonFloodMayor.txt", "2025-03-10")));

    [Theory]
    [InlineData("KazakhstanAbrahamAccords.txt")]
    [InlineData("ReutersHaldenCorvina.txt")]
    [InlineData("ApSenateWildfireAid.txt")]
    [InlineData("RivertonFloodMayor.txt")]
    public void Every_mention_points_at_its_text_in_order(string file)
    {
        var document = TestArticles.Parse(file);
        var found = DateExtractor.Extract(document, new ExtractionOptions(new CalendarDate(2025, 1, 1)), CancellationToken.None);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(m.Text, document.Text.Substring(m.Start, m.Length)));
        Assert.Equal(found.Select(m => m.Start).OrderBy(s => s), found.Select(m => m.Start));
    }
}
