using static ArticleRecords.Extraction.Tests.Dates.DateTestHelpers;

namespace ArticleRecords.Extraction.Tests.Dates;

public class CalendarDateFormsTests
{
    private const string Published = "2025-11-07";

    [Theory]
    [InlineData("released on Nov. 7, was made", "Nov. 7=2025-11-07")]
    [InlineData("the Sept. 11 attacks", "Sept. 11=2025-09-11")]
    [InlineData("on Sep. 11", "Sep. 11=2025-09-11")]
    [InlineData("on November 7 at the", "November 7=2025-11-07")]
    [InlineData("on Nov 7th", "Nov 7th=2025-11-07")]
    [InlineData("on Nov. 1st", "Nov. 1st=2025-11-01")]
    [InlineData("signed 7 November 2025 in", "7 November 2025=2025-11-07")]
    [InlineData("signed 7 Nov. 2025 in", "7 Nov. 2025=2025-11-07")]
    [InlineData("signed 7 Nov in", "7 Nov=2025-11-07")]
    [InlineData("on Nov. 7, 2025, the", "Nov. 7, 2025=2025-11-07")]
    [InlineData("on November 7th, 2024.", "November 7th, 2024=2024-11-07")]
    [InlineData("on the 7th of November", "7th of November=2025-11-07")]
    [InlineData("on the 7th of November 2023", "7th of November 2023=2023-11-07")]
    [InlineData("on the seventh of November", "seventh of November=2025-11-07")]
    [InlineData("on the twenty-first of June", "twenty-first of June=2025-06-21")]
    [InlineData("in November 2025", "November 2025=2025/11/?")]
    [InlineData("in May 2024, when", "May 2024=2024/5/?")]
    [InlineData("On May 5 the", "May 5=2026-05-05")]
    [InlineData("By May 2026 the", "May 2026=2026/5/?")]
    [InlineData("AUSTIN, May 5 -", "May 5=2026-05-05")]
    [InlineData("NEW YORK, March 26 - Stocks", "March 26=2026-03-26")]
    [InlineData("NEW YORK, MARCH 26 - Stocks", "MARCH 26=2026-03-26")]
    [InlineData("ASTANA, NOV. 7 (Reuters)", "NOV. 7=2025-11-07")]
    [InlineData("on Jan. 3", "Jan. 3=2026-01-03")]
    [InlineData("on July 4", "July 4=2025-07-04")]
    [InlineData("on Feb. 29", "Feb. 29=2024-02-29")]
    [InlineData("on Feb. 29, 2024", "Feb. 29, 2024=2024-02-29")]
    [InlineData("on Dec. 31", "Dec. 31=2025-12-31")]
    public void Reads_month_names_and_resolves_the_nearest_year(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Theory]
    [InlineData("on 2025-11-07 at", "2025-11-07=2025-11-07")]
    [InlineData("on 2015-3-3", "2015-3-3=2015-03-03")]
    [InlineData("on 2025/11/07", "2025/11/07=2025-11-07")]
    [InlineData("on 11/7/2025.", "11/7/2025=2025-11-07")]
    [InlineData("on 10/31/1974", "10/31/1974=1974-10-31")]
    [InlineData("on 7.11.2025", "7.11.2025=2025-11-07")]
    public void Reads_numeric_dates_month_first_by_default(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Theory]
    [InlineData("on 11/7/2025", "11/7/2025=2025-07-11")]
    [InlineData("on 31/12/2025", "31/12/2025=2025-12-31")]
    [InlineData("on 2025-11-07", "2025-11-07=2025-11-07")]
    public void Reads_numeric_dates_day_first_when_asked(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, new ExtractionOptions(Iso(Published), DateOrder: NumericDateOrder.DayFirst))));

    [Theory]
    [InlineData("on Nov. 6-7", "Nov. 6=2025-11-06 | 7=2025-11-07")]
    [InlineData("on Nov. 6\u20137", "Nov. 6=2025-11-06 | 7=2025-11-07")]
    [InlineData("on Nov. 6-7, 2024", "Nov. 6=2024-11-06 | 7, 2024=2024-11-07")]
    [InlineData("from Nov. 6 to Nov. 12", "Nov. 6=2025-11-06 | Nov. 12=2025-11-12")]
    [InlineData("from Nov. 6 to 12.", "Nov. 6=2025-11-06 | 12=2025-11-12")]
    [InlineData("July 13 through 15", "July 13=2025-07-13 | 15=2025-07-15")]
    [InlineData("Aug 8 - Aug 12", "Aug 8=2025-08-08 | Aug 12=2025-08-12")]
    [InlineData("on 6-7 November", "6=2025-11-06 | 7 November=2025-11-07")]
    [InlineData("from 13th to 15th July", "13th=2025-07-13 | 15th July=2025-07-15")]
    [InlineData("from Nov. 30 to Dec. 2", "Nov. 30=2025-11-30 | Dec. 2=2025-12-02")]
    public void Reads_ranges_as_one_mention_per_end(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Theory]
    [InlineData("released on Nov. 7, was made", "Nov. 7=?/11/7")]
    [InlineData("on 7 November", "7 November=?/11/7")]
    [InlineData("in November 2025", "November 2025=2025/11/?")]
    [InlineData("on Nov. 7, 2025", "Nov. 7, 2025=2025-11-07")]
    [InlineData("on Nov. 6-7", "Nov. 6=?/11/6 | 7=?/11/7")]
    public void Without_published_sets_only_what_the_text_states(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text)));

    [Fact]
    public void Points_at_the_date_text_in_the_article()
    {
        const string text = "ASTANA: the statement released on Nov. 7, was made";
        var mention = Assert.Single(Find(text, Published));
        Assert.Equal(text.IndexOf("Nov. 7", System.StringComparison.Ordinal), mention.Start);
        Assert.Equal(6, mention.Length);
    }
}
