using static ArticleRecords.Extraction.Tests.Dates.DateTestHelpers;

namespace ArticleRecords.Extraction.Tests.Dates;

public class RelativeDateTests
{
    private const string Published = "2025-11-07";

    [Theory]
    [InlineData("said today", "today=2025-11-07")]
    [InlineData("Today, the", "Today=2025-11-07")]
    [InlineData("said yesterday", "yesterday=2025-11-06")]
    [InlineData("Yesterday's vote", "Yesterday=2025-11-06")]
    [InlineData("will meet tomorrow", "tomorrow=2025-11-08")]
    [InlineData("will speak tonight", "tonight=2025-11-07")]
    [InlineData("met the day before yesterday", "day before yesterday=2025-11-05")]
    [InlineData("meets the day after tomorrow", "day after tomorrow=2025-11-09")]
    [InlineData("next month", "next month=2025/12/?")]
    [InlineData("last month", "last month=2025/10/?")]
    [InlineData("earlier this month", "this month=2025/11/?")]
    [InlineData("next year", "next year=2026/?/?")]
    [InlineData("last year's budget", "last year=2024/?/?")]
    [InlineData("this year", "this year=2025/?/?")]
    [InlineData("last November", "last November=2024/11/?")]
    [InlineData("next March", "next March=2026/3/?")]
    [InlineData("this June", "this June=2025/6/?")]
    [InlineData("three days ago", "three days ago=2025-11-04")]
    [InlineData("a week ago", "a week ago=2025-10-31")]
    [InlineData("2 weeks ago", "2 weeks ago=2025-10-24")]
    [InlineData("two months ago", "two months ago=2025/9/?")]
    [InlineData("five years ago", "five years ago=2020/?/?")]
    public void Resolves_against_the_published_date(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Fact]
    public void The_next_year_of_a_story_is_not_the_year_after_publication() =>
        Assert.Equal("2016=2016/?/?", Show(Find("In 2016 he lost, and the next year he won.", Published)));

    [Fact]
    public void Next_month_in_december_is_january_of_the_next_year() =>
        Assert.Equal("next month=2026/1/?", Show(Find("next month", "2025-12-15")));

    [Theory]
    [InlineData("said today", "today=?/?/?")]
    [InlineData("next year", "next year=?/?/?")]
    [InlineData("last month", "last month=?/?/?")]
    [InlineData("last November", "last November=?/11/?")]
    [InlineData("three days ago", "three days ago=?/?/?")]
    public void Without_published_sets_only_a_named_month(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text)));

    [Theory]
    [InlineData("told USA Today")]
    [InlineData("told NBC's Today show")]
    [InlineData("last week")]
    [InlineData("next time")]
    [InlineData("this one")]
    [InlineData("three apples ago")]
    [InlineData("over the last year")]
    [InlineData("every next month")]
    public void Reads_nothing_from_look_alikes(string text) => Assert.Empty(Find(text, Published));
}
