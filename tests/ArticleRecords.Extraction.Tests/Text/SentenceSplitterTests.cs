using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = ArticleDocument.Parse(text, CancellationToken.None);
        return document.Sentences.Select(document.TextOf).ToArray();
    }

    [Fact]
    public void Splits_at_a_dot_before_a_capital() =>
        Assert.Equal(new[] { "It rained.", "Then it stopped." }, Sentences("It rained. Then it stopped."));

    [Fact]
    public void Does_not_split_after_titles_months_or_initials() =>
        Assert.Single(Sentences("Sen. John F. Kennedy arrived on Nov. 7 with Mr. Smith."));

    [Fact]
    public void Keeps_closing_quotation_marks_with_their_sentence() =>
        Assert.Equal(new[] { "“We won.”", "He left." }, Sentences("“We won.” He left."));

    [Fact]
    public void Does_not_split_a_quotation_followed_by_its_attribution() =>
        Assert.Single(Sentences("“We won,” he said. "));

    [Fact]
    public void Ends_a_sentence_at_the_end_of_a_paragraph() =>
        Assert.Equal(new[] { "A headline", "Body text." }, Sentences("A headline\nBody text."));
}
