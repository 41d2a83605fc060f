using System;
using System.Text;

namespace ArticleRecords.Extraction.Tests.Quotes;

public class RobustnessTests
{
    private static readonly string[] Pieces =
    {
        "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", " ", " ", " ", "\n", "\n\n", ",", ".", ":", ";",
        "\u2014", "-", "(", ")", "said", "he", "she", "Sen.", "Mr.", "President", "Donald", "Trump", "Trump\u2019s", "the",
        "statement", "according", "to", "UN", "Ministry", "of", "Inc", "J.", "told", "saying", "One", "Ana", "Ortiz",
    };

    [Fact]
    public void Random_texts_of_marks_names_and_cues_never_throw_and_keep_offsets_in_range()
    {
        var random = new Random(20251107);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 60);
            for (var i = 0; i < length; i++)
                builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            var text = builder.ToString();
            var article = ArticleExtractor.Extract(text);
            foreach (var quote in article.Quotes)
            {
                Assert.InRange(quote.Start, 0, article.Text.Length);
                Assert.InRange(quote.Start + quote.Length, quote.Start, article.Text.Length);
                Assert.InRange(quote.Paragraph, 0, Math.Max(0, article.Paragraphs.Count - 1));
                if (article.Text.IndexOf('\n', quote.Start, quote.Length) < 0)
                    Assert.Equal(article.Text.Substring(quote.Start, quote.Length), quote.Text);
            }
            foreach (var person in article.People)
                Assert.InRange(person.Start + person.Length, 0, article.Text.Length);
            foreach (var organization in article.Organizations)
                Assert.InRange(organization.Start + organization.Length, 0, article.Text.Length);
            foreach (var issue in article.Issues)
                Assert.InRange(issue.Start, 0, article.Text.Length - 1);
        }
    }
}
