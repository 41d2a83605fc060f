using static ArticleRecords.Extraction.Tests.Dates.DateTestHelpers;

namespace ArticleRecords.Extraction.Tests.Dates;

// Published 2025-11-07 is a Friday.
public class WeekdayResolutionTests
{
    private const string Published = "2025-11-07";

    [Theory]
    [InlineData("The ministry said on Tuesday it would", "Tuesday=2025-11-04")]
    [InlineData("He said on Friday that", "Friday=2025-11-07")]
    [InlineData("They met on Monday.", "Monday=2025-11-03")]
    [InlineData("The leaders will meet on Friday.", "Friday=2025-11-14")]
    [InlineData("The leaders will meet on Monday.", "Monday=2025-11-10")]
    [InlineData("The White House said Biden would sign it by Friday.", "Friday=2025-11-14")]
    [InlineData("I expect an answer by Friday.", "Friday=2025-11-14")]
    [InlineData("An answer by Monday.", "Monday=2025-11-10")]
    [InlineData("On Wednesday, the company will announce results.", "Wednesday=2025-11-12")]
    [InlineData("On Wednesday, the company announced results.", "Wednesday=2025-11-05")]
    [InlineData("Tuesday's vote", "Tuesday=2025-11-04")]
    [InlineData("a premium to the closing price on Monday, the companies said.", "Monday=2025-11-03")]
    [InlineData("The vote is scheduled for Thursday.", "Thursday=2025-11-13")]
    [InlineData("the summit opens on Saturday", "Saturday=2025-11-01")]
    [InlineData("The president is to visit on Monday.", "Monday=2025-11-10")]
    [InlineData("They met Tuesday night.", "Tuesday=2025-11-04")]
    public void Resolves_a_weekday_in_the_direction_of_the_tense(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Theory]
    [InlineData("last Friday", "last Friday=2025-10-31")]
    [InlineData("next Friday", "next Friday=2025-11-14")]
    [InlineData("last Tuesday", "last Tuesday=2025-11-04")]
    [InlineData("next Tuesday", "next Tuesday=2025-11-11")]
    [InlineData("They met this Tuesday.", "this Tuesday=2025-11-04")]
    [InlineData("They will meet this Tuesday.", "this Tuesday=2025-11-11")]
    public void Reads_last_next_and_this(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Theory]
    [InlineData("Tuesday, Nov. 4, was", "Nov. 4=2025-11-04")]
    [InlineData("on Monday Nov. 3", "Nov. 3=2025-11-03")]
    [InlineData("on Monday, 3 November", "3 November=2025-11-03")]
    public void Leaves_a_weekday_to_the_calendar_date_that_follows(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Theory]
    [InlineData("said on Tuesday", "Tuesday=?/?/?")]
    [InlineData("next Friday", "next Friday=?/?/?")]
    public void Without_published_sets_nothing(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text)));

    [Theory]
    [InlineData("The Sunday Times reported")]
    [InlineData("on Saturday Night Live")]
    [InlineData("The Sun reported")]
    [InlineData("on Tuesdays")]
    [InlineData("on sunday")]
    [InlineData("she taught Sunday school")]
    public void Ignores_weekday_titles_plurals_and_lower_case(string text) => Assert.Empty(Find(text, Published));
}
