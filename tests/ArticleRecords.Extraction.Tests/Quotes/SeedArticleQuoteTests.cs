using System.Linq;

namespace ArticleRecords.Extraction.Tests.Quotes;

public class SeedArticleQuoteTests
{
    private static readonly ExtractedArticle Article = TestArticles.Extract("KazakhstanAbrahamAccords.txt", new CalendarDate(2025, 11, 7));

    [Fact]
    public void Finds_the_six_quotations_with_their_speakers_mentions_cues_and_paragraphs()
    {
        var actual = Article.Quotes.Select(q => (q.Paragraph, q.Speaker, q.SpeakerMention, q.Cue, q.IsPartial)).ToArray();
        Assert.Equal(new (int, string?, string?, string?, bool)[]
        {
            (0, "Kazakh Foreign Affairs Ministry", "the ministry\u2019s statement", "according to", true),
            (0, "Kazakh Foreign Affairs Ministry", "the ministry\u2019s statement", "according to", true),
            (1, "Kazakh Foreign Affairs Ministry", "the statement", "reads", false),
            (3, "Kassym-Jomart Tokayev", "Tokayev", "emphasized", true),
            (3, "Kassym-Jomart Tokayev", "He", "underlined", true),
            (4, "Donald Trump", "Trump", "praised", true),
        }, actual);
    }

    [Theory]
    [InlineData(0, "solely in the interests of Kazakhstan")]
    [InlineData(1, "fully consistent with the nation\u2019s balanced")]
    [InlineData(2, "Joining the Abraham Accords will contribute")]
    [InlineData(3, "to help overcome confrontation")]
    [InlineData(4, "does not affect Kazakhstan\u2019s bilateral commitments")]
    [InlineData(5, "bold and visionary step")]
    public void Each_quotation_text_is_the_text_between_its_marks(int index, string start)
    {
        var quote = Article.Quotes[index];
        Assert.StartsWith(start, quote.Text);
        Assert.Equal(quote.Text, Article.Text.Substring(quote.Start, quote.Length));
    }

    [Fact]
    public void The_misnested_inner_quotation_stays_inside_quote_three_and_is_reported_on_line_two()
    {
        var quote = Article.Quotes[2];
        Assert.Equal(401, quote.Start - 1);
        Assert.Equal(812, quote.Start + quote.Length);
        Assert.Contains("\u201Ctwo states for two peoples,", quote.Text);
        var issue = Assert.Single(Article.Issues);
        Assert.Equal(ExtractionIssueKind.AmbiguousNestedQuotation, issue.Kind);
        Assert.Equal('\u201C', Article.Text[issue.Start]);
        Assert.Equal(1, Article.Text.Substring(0, issue.Start).Count(c => c == '\n'));
    }

    [Fact]
    public void Finds_the_three_people_with_their_titles() =>
        Assert.Equal(
            new[] { ("Kassym-Jomart Tokayev", "President"), ("Donald Trump", "President"), ("Benjamin Netanyahu", "Prime Minister") },
            Article.People.Select(p => (p.Name, p.Title!)).ToArray());

    [Fact]
    public void Finds_the_ministry_the_united_nations_and_the_white_house()
    {
        var names = Article.Organizations.Select(o => o.Name).ToArray();
        Assert.Contains("Kazakh Foreign Affairs Ministry", names);
        Assert.Contains("United Nations", names);
        Assert.Contains("White House", names);
        var un = Article.Organizations.Single(o => o.Name == "United Nations");
        Assert.Equal("UN", Article.Text.Substring(un.Start, un.Length));
    }

    [Fact]
    public void People_and_organisations_exclude_places_and_rooms()
    {
        var names = Article.People.Select(p => p.Name).Concat(Article.Organizations.Select(o => o.Name)).ToArray();
        Assert.DoesNotContain("Oval Office", names);
        Assert.DoesNotContain("Washington", names);
        Assert.DoesNotContain(Article.People, p => p.Name == "White House");
    }
}
