using static ArticleRecords.Extraction.Tests.Dates.DateTestHelpers;

namespace ArticleRecords.Extraction.Tests.Dates;

// Published 2025-11-07: a bare month takes its year from the tense, like a weekday.
public class BareMonthTests
{
    private const string Published = "2025-11-07";

    [Theory]
    [InlineData("The fund was set up in April.", "April=2025/4/?")]
    [InlineData("The plant will open in April.", "April=2026/4/?")]
    [InlineData("Prices have risen since March.", "March=2025/3/?")]
    [InlineData("It was signed in November.", "November=2025/11/?")]
    [InlineData("It will be signed in November.", "November=2025/11/?")]
    [InlineData("They met in December.", "December=2024/12/?")]
    [InlineData("A decision is due by June.", "June=2026/6/?")]
    [InlineData("The deal closed in April of 2024.", "April of 2024=2024/4/?")]
    [InlineData("In May, the ministry said", "May=2025/5/?")]
    [InlineData("It began in Nov.", "Nov=2025/11/?")]
    public void Reads_a_month_after_a_time_preposition(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text, Published)));

    [Theory]
    [InlineData("The fund was set up in April.", "April=?/4/?")]
    [InlineData("The deal closed in April of 2024.", "April of 2024=2024/4/?")]
    public void Without_published_sets_the_month_only(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text)));

    [Theory]
    [InlineData("the March on Washington")]
    [InlineData("April said she would go")]
    [InlineData("Theresa May said")]
    [InlineData("in may")]
    [InlineData("with June Carter")]
    public void Reads_no_month_from_names_and_nouns(string text) => Assert.Empty(Find(text, Published));
}
