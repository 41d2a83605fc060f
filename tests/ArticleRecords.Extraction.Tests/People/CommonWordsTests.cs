using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.People;

public class CommonWordsTests
{
    [Fact]
    public void Knows_the_lower_case_words_of_the_article()
    {
        var document = ArticleDocument.Parse("The President signed an executive order. Executive Order 13769 followed.", CancellationToken.None);
        var words = new CommonWords(document, CancellationToken.None);

        Assert.True(words.Contains("executive"));
        Assert.True(words.Contains("order"));
        Assert.False(words.Contains("president"));
        Assert.False(words.Contains("Executive"));
        Assert.False(words.Contains("followed."));
        words.Release();
    }

    [Fact]
    public void Knows_the_lower_case_of_a_capitalised_word_as_string_ToLowerInvariant_gives_it()
    {
        var document = ArticleDocument.Parse("The President signed an executive order on the élan of Ørsted. Executive Order 13769 followed.", CancellationToken.None);
        var words = new CommonWords(document, CancellationToken.None);

        foreach (var word in new[] { "Executive", "ORDER", "order", "President", "Élan", "ØRSTED", "Followed", "Followed.", "E" })
            Assert.Equal(words.Contains(word.ToLowerInvariant()), words.ContainsLowerCaseOf(word));
        Assert.True(words.ContainsLowerCaseOf("Executive"));
        Assert.True(words.ContainsLowerCaseOf("Élan"));
        Assert.False(words.ContainsLowerCaseOf("President"));
        words.Release();
    }

    [Fact]
    public void Answers_alike_once_many_questions_have_moved_it_to_a_set()
    {
        // Many words of one shape and more questions than words: the comparisons pass the article's word count.
        var written = Enumerable.Range(0, 200).Select(i => "b" + i.ToString("D4")).ToArray();
        var document = ArticleDocument.Parse(string.Join(" ", written), CancellationToken.None);
        var words = new CommonWords(document, CancellationToken.None);

        for (var i = 0; i < 400; i++)
            Assert.Equal(i < 200, words.Contains("b" + i.ToString("D4")));
        Assert.True(words.ContainsLowerCaseOf("B0001"));
        Assert.False(words.ContainsLowerCaseOf("B0201"));
        words.Release();

        var next = new CommonWords(ArticleDocument.Parse("another article", CancellationToken.None), CancellationToken.None);
        Assert.True(next.Contains("article"));
        Assert.False(next.Contains("b0001"));
        next.Release();
    }
}
