using static ArticleRecords.Extraction.Tests.Dates.DateTestHelpers;

namespace ArticleRecords.Extraction.Tests.Dates;

public class FalseDateTests
{
    [Theory]
    [InlineData("May I ask a question?")]
    [InlineData("It may rain on the parade.")]
    [InlineData("May we see it?")]
    [InlineData("They march on the capital.")]
    [InlineData("the March on Washington")]
    [InlineData("The Sun reported")]
    [InlineData("the 2016 campaign")]
    [InlineData("at 7:30 p.m.")]
    [InlineData("The Senate voted 52-48.")]
    [InlineData("call 555-1234 now")]
    [InlineData("at 650-650-6500")]
    [InlineData("at 650.650.6500")]
    [InlineData("a $7 million grant")]
    [InlineData("up 41% and 3.2 percent")]
    [InlineData("March 2 percent rise")]
    [InlineData("on Nov. 7:30")]
    [InlineData("the 3/4 majority")]
    [InlineData("on 11/7")]
    [InlineData("on 10.31.1974")]
    [InlineData("on Feb. 30")]
    [InlineData("on Nov. 0")]
    [InlineData("on Nov. 32")]
    [InlineData("on 2025-13-01")]
    [InlineData("on 99/99/9999")]
    [InlineData("at Mar-a-Lago")]
    [InlineData("the C5+1 Summit")]
    [InlineData("Rat 6")]
    [InlineData("3 30")]
    [InlineData("mayday")]
    [InlineData("Prime Minister Theresa May 2019 speech")]
    [InlineData("said Theresa May 5 times")]
    public void Reads_no_date(string text) => Assert.Empty(Find(text, "2025-11-07"));
}
