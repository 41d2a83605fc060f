using System.Linq;

namespace ArticleRecords.Extraction.Tests.Quotes;

public class TestArticleQuoteTests
{
    [Fact]
    public void Ap_style_straight_marks_split_quotation_and_titled_senators()
    {
        var article = TestArticles.Extract("ApSenateWildfireAid.txt", new CalendarDate(2025, 10, 2));
        Assert.Equal(new (string, string?, string?, string?, bool)[]
        {
            ("This is money that communities in the West have been waiting on for far too long,", "Maria Alvarez", "Sen. Maria Alvarez", "said", false),
            ("Every week we delayed, the fire season got closer.", "Maria Alvarez", "Sen. Maria Alvarez", "said", false),
            ("bipartisanship is not dead,", "Charles Whitfield", "Senate Majority Leader Charles Whitfield", "said", true),
            ("a reasonable compromise.", "John Harlan", "Sen. John Harlan of South Dakota", "told", true),
            ("another blank check.", "Mark Ellison", "Sen. Mark Ellison", "called", true),
            ("We cannot keep borrowing against our children's future,", "Mark Ellison", "Ellison", "said", false),
        }, article.Quotes.Select(q => (q.Text, q.Speaker, q.SpeakerMention, q.Cue, q.IsPartial)).ToArray());
        Assert.Empty(article.Issues);
        Assert.Equal(
            new[] { ("Joe Biden", "President"), ("Maria Alvarez", "Sen."), ("Charles Whitfield", "Majority Leader"), ("John Harlan", "Sen."), ("Mark Ellison", "Sen.") },
            article.People.Select(p => (p.Name, p.Title!)).ToArray());
        Assert.Contains(article.Organizations, o => o.Name == "Senate");
        Assert.Contains(article.Organizations, o => o.Name == "White House");
    }

    [Fact]
    public void Reuters_style_chief_executive_and_an_analyst_house()
    {
        var article = TestArticles.Extract("ReutersHaldenCorvina.txt", new CalendarDate(2025, 6, 10));
        Assert.Equal(new (string?, string?, string?, bool)[]
        {
            ("Sarah Whitcombe", "Halden Chief Executive Sarah Whitcombe", "told", false),
            ("Jefferies", "Jefferies", "said", true),
        }, article.Quotes.Select(q => (q.Speaker, q.SpeakerMention, q.Cue, q.IsPartial)).ToArray());
        Assert.Contains(article.People, p => p.Name == "Sarah Whitcombe" && p.Title == "Chief Executive");
        Assert.Contains(article.Organizations, o => o.Name == "Halden Pharma Plc");
        Assert.Contains(article.Organizations, o => o.Name == "Corvina Therapeutics Inc");
    }

    [Fact]
    public void A_quotation_over_three_paragraphs_is_one_quote_attributed_at_its_end()
    {
        var article = TestArticles.Extract("RivertonFloodMayor.txt", new CalendarDate(2025, 3, 10));
        var mayor = article.Quotes[0];
        Assert.Equal(3, mayor.Paragraph); // headline, byline and dateline paragraphs come first
        Assert.Equal("Daniel Okafor", mayor.Speaker);
        Assert.Equal("Okafor", mayor.SpeakerMention);
        Assert.False(mayor.IsPartial);
        Assert.StartsWith("We lost 212 homes", mayor.Text);
        Assert.EndsWith("by next spring,", mayor.Text);
        Assert.Equal(3, mayor.Text.Split('\n').Length);
        Assert.DoesNotContain("\u201C", mayor.Text);
        Assert.Equal('\u201C', article.Text[mayor.Start - 1]);
        Assert.Equal('\u201D', article.Text[mayor.Start + mayor.Length]);
        Assert.Equal(
            new (string?, bool)[] { ("Daniel Okafor", false), ("Laura Brennan", true), ("Ruth Delaney", false), ("Ruth Delaney", false) },
            article.Quotes.Select(q => (q.Speaker, q.IsPartial)).ToArray());
        Assert.Empty(article.Issues);
    }
}
