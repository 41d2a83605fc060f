namespace ArticleRecords.Extraction.Tests.Text;

public class ArticleTextTests
{
    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("\uFEFFa\nb", "a\nb")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    [InlineData("plain", "plain")]
    public void Removes_the_bom_and_makes_line_endings_lf(string raw, string expected) =>
        Assert.Equal(expected, ArticleText.Normalize(raw));
}
