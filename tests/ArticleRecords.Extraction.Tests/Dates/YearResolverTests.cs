using ArticleRecords.Extraction.Dates;

namespace ArticleRecords.Extraction.Tests.Dates;

public class YearResolverTests
{
    [Theory]
    [InlineData(11, 6, "2025-11-07", 2025)]
    [InlineData(1, 3, "2025-11-07", 2026)]
    [InlineData(7, 4, "2025-11-07", 2025)]
    [InlineData(12, 30, "2026-01-02", 2025)]
    [InlineData(1, 2, "2025-12-30", 2026)]
    [InlineData(2, 29, "2025-11-07", 2024)]
    [InlineData(2, 29, "2027-06-01", 2028)]
    [InlineData(5, 5, "2025-11-07", 2026)]
    public void Takes_the_year_nearest_the_published_date(int month, int day, string published, int expected) =>
        Assert.Equal(expected, YearResolver.Nearest(month, day, DateTestHelpers.Iso(published)));

    [Fact]
    public void Breaks_a_tie_towards_the_past()
    {
        // 2025-07-02 is 183 days from 2026-01-01 back, 2026-07-02 is 182 days ahead: no tie. 2023-07-02 vs 2024-07-02
        // around 2024-01-01 (leap 2024): 183 back, 183 ahead, a tie.
        Assert.Equal(2023, YearResolver.Nearest(7, 2, DateTestHelpers.Iso("2024-01-01")));
        Assert.Equal(2026, YearResolver.Nearest(7, 2, DateTestHelpers.Iso("2026-01-01")));
    }

    [Fact]
    public void Knows_no_year_without_a_published_date() => Assert.Null(YearResolver.Nearest(11, 7, null));

    [Fact]
    public void Gives_no_year_outside_the_calendar()
    {
        Assert.Equal(1, YearResolver.Nearest(1, 2, new CalendarDate(1, 1, 1)));
        Assert.Null(YearResolver.ForMonth(12, -1, new CalendarDate(1, 1, 1)));
        Assert.Null(YearResolver.ForMonth(1, 1, new CalendarDate(9999, 12, 31)));
    }
}
