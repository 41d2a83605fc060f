using static ArticleRecords.Extraction.Tests.Dates.DateTestHelpers;

namespace ArticleRecords.Extraction.Tests.Dates;

// Decision: a year alone is a Year-only mention after a time preposition, never in front of a noun.
public class BareYearTests
{
    [Theory]
    [InlineData("elected in 2016.", "2016=2016/?/?")]
    [InlineData("In 2016, Trump won", "2016=2016/?/?")]
    [InlineData("since 1998 and", "1998=1998/?/?")]
    [InlineData("in the first quarter of 2026, subject to", "2026=2026/?/?")]
    [InlineData("net zero by 2050", "2050=2050/?/?")]
    [InlineData("from 2016 to 2020", "2016=2016/?/? | 2020=2020/?/?")]
    [InlineData("in 2016 and 2017", "2016=2016/?/? | 2017=2017/?/?")]
    [InlineData("between 2010 and 2015", "2010=2010/?/? | 2015=2015/?/?")]
    public void Reads_a_year_after_a_time_preposition(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, "2025-11-07")));

    [Theory]
    [InlineData("the 2016 campaign")]
    [InlineData("2016 campaign")]
    [InlineData("in 2016 campaign ads")]
    [InlineData("in 1500 cases")]
    [InlineData("in the 1990s")]
    [InlineData("in 2016-17")]
    [InlineData("rose to 2050 points")]
    [InlineData("and 2017 was")]
    [InlineData("of 2,016 votes")]
    [InlineData("in 61")]
    [InlineData("1954")]
    [InlineData("by 2016 %")]
    [InlineData("in 2016's race")]
    public void Reads_no_year_from_modifiers_quantities_and_decades(string text) => Assert.Empty(Find(text, "2025-11-07"));
}
