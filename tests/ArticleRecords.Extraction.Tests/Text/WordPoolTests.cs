using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

public class WordPoolTests
{
    [Fact]
    public void Gives_the_slice_as_a_string_and_the_same_copy_again()
    {
        const string text = "said Trump, said Trump";
        var first = WordPool.Get(text, 0, 4);
        var again = WordPool.Get(text, 12, 4);

        Assert.Equal("said", first);
        Assert.Same(first, again);
        Assert.Equal("", WordPool.Get(text, 3, 0));
    }

    [Fact]
    public void Copies_a_long_slice_as_it_is()
    {
        var text = new string('a', 100);
        Assert.Equal(text.Substring(5, 60), WordPool.Get(text, 5, 60));
    }
}
