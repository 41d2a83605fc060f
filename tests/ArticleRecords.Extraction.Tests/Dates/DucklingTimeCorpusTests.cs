using static ArticleRecords.Extraction.Tests.Dates.DateTestHelpers;

namespace ArticleRecords.Extraction.Tests.Dates;

// Facts from facebook/duckling's English Time corpus, whose reference time is Tuesday 2013-02-12. Only the
// forms and readings this extractor shares with it: duckling reads a bare weekday forward, news reads it back.
public class DucklingTimeCorpusTests
{
    private const string Reference = "2013-02-12";

    [Theory]
    [InlineData("today", "2013-02-12")]
    [InlineData("yesterday", "2013-02-11")]
    [InlineData("tomorrow", "2013-02-13")]
    [InlineData("tonight", "2013-02-12")]
    [InlineData("the day after tomorrow", "2013-02-14")]
    [InlineData("the day before yesterday", "2013-02-10")]
    [InlineData("Monday, Feb 18", "2013-02-18")]
    [InlineData("Sunday, Feb 10", "2013-02-10")]
    [InlineData("the 1st of March", "2013-03-01")]
    [InlineData("first of March", "2013-03-01")]
    [InlineData("March 3", "2013-03-03")]
    [InlineData("March 3 2015", "2015-03-03")]
    [InlineData("March 3rd 2015", "2015-03-03")]
    [InlineData("3/3/2015", "2015-03-03")]
    [InlineData("2015-3-3", "2015-03-03")]
    [InlineData("2015-03-03", "2015-03-03")]
    [InlineData("the 15th of February", "2013-02-15")]
    [InlineData("February 15", "2013-02-15")]
    [InlineData("15th February", "2013-02-15")]
    [InlineData("Aug 8", "2013-08-08")]
    [InlineData("April 14, 2015", "2015-04-14")]
    [InlineData("10/31/1974", "1974-10-31")]
    [InlineData("4th of July", "2013-07-04")]
    [InlineData("next Tuesday", "2013-02-19")]
    [InlineData("next Wednesday", "2013-02-13")]
    [InlineData("next Monday", "2013-02-18")]
    [InlineData("last Sunday", "2013-02-10")]
    [InlineData("last Tuesday", "2013-02-05")]
    [InlineData("7 days ago", "2013-02-05")]
    [InlineData("14 days Ago", "2013-01-29")]
    [InlineData("a week ago", "2013-02-05")]
    [InlineData("one week ago", "2013-02-05")]
    [InlineData("1 week ago", "2013-02-05")]
    [InlineData("three weeks ago", "2013-01-22")]
    public void Reads_the_same_day(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Find(text, Reference)).Date?.ToString());

    [Theory]
    [InlineData("October 2014", "2014/10/?")]
    [InlineData("next March", "2013/3/?")]
    [InlineData("last month", "2013/1/?")]
    [InlineData("next month", "2013/3/?")]
    [InlineData("last year", "2012/?/?")]
    [InlineData("this year", "2013/?/?")]
    [InlineData("next year", "2014/?/?")]
    [InlineData("three months ago", "2012/11/?")]
    [InlineData("two years ago", "2011/?/?")]
    public void Reads_the_same_month_or_year(string text, string expected)
    {
        var mention = Assert.Single(Find(text, Reference));
        Assert.Equal(text + "=" + expected, Show(mention));
    }

    [Theory]
    [InlineData("July 13-15", "July 13=2013-07-13 | 15=2013-07-15")]
    [InlineData("July 13 to 15", "July 13=2013-07-13 | 15=2013-07-15")]
    [InlineData("July 13 through 15", "July 13=2013-07-13 | 15=2013-07-15")]
    [InlineData("July 13 - July 15", "July 13=2013-07-13 | July 15=2013-07-15")]
    [InlineData("from July 13-15", "July 13=2013-07-13 | 15=2013-07-15")]
    [InlineData("from 13th to 15th July", "13th=2013-07-13 | 15th July=2013-07-15")]
    public void Reads_both_ends_of_a_day_range(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Reference)));

    [Theory]
    [InlineData("laughing out loud")]
    [InlineData("1 adult")]
    [InlineData("we are separated")]
    [InlineData("25")]
    [InlineData("this is the one")]
    [InlineData("in 61")]
    [InlineData("this one")]
    [InlineData("this past one")]
    [InlineData("at a couple of")]
    [InlineData("Rat 6")]
    [InlineData("3 30")]
    [InlineData("three twenty")]
    [InlineData("at 650.650.6500")]
    [InlineData("at 650-650-6500")]
    public void Reads_nothing_from_the_negative_corpus(string text) => Assert.Empty(Find(text, Reference));
}
