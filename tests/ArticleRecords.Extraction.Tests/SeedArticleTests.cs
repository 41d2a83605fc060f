using System.Linq;

namespace ArticleRecords.Extraction.Tests;

/// <summary>Every fact ../shared/spec/seed-article.md requires of the seed article, in one place.</summary>
public class SeedArticleTests
{
    private static readonly string SeedText = TestArticles.Read("KazakhstanAbrahamAccords.txt");

    private static readonly ExtractedArticle Seed = ArticleExtractor.Extract(SeedText, new ExtractionOptions(Published: new CalendarDate(2025, 11, 7)));

    [Fact]
    public void Text_has_six_paragraphs_and_the_stated_length()
    {
        Assert.Equal(2304, Seed.Text.Length);
        Assert.Equal(6, Seed.Paragraphs.Count);
        Assert.Null(Seed.Title);
    }

    [Fact]
    public void Dateline_keeps_the_agency_as_written()
    {
        var dateline = Assert.IsType<Dateline>(Seed.Dateline);
        Assert.Equal("ASTANA", dateline.Place);
        Assert.Equal("WNAM MONITIRONG", dateline.Source);
        Assert.Equal("ASTANA ( WNAM MONITIRONG):", dateline.Text);
        Assert.Equal(0, dateline.Start);
        Assert.Equal(dateline.Text.Length, dateline.Length);
        Assert.Null(dateline.Date);
    }

    [Theory]
    [InlineData(0, 0, "solely in the interests of Kazakhstan", "Kazakh Foreign Affairs Ministry", "the ministry’s statement", "according to", true)]
    [InlineData(1, 0, "fully consistent with the nation’s balanced", "Kazakh Foreign Affairs Ministry", "the ministry’s statement", "according to", true)]
    [InlineData(2, 1, "Joining the Abraham Accords will contribute", "Kazakh Foreign Affairs Ministry", "the statement", "reads", false)]
    [InlineData(3, 3, "to help overcome confrontation", "Kassym-Jomart Tokayev", "Tokayev", "emphasized", true)]
    [InlineData(4, 3, "does not affect Kazakhstan’s bilateral commitments", "Kassym-Jomart Tokayev", "He", "underlined", true)]
    public void Quotes_carry_speaker_mention_cue_and_partial_flag(int index, int paragraph, string start, string speaker, string mention, string cue, bool partial)
    {
        Assert.Equal(6, Seed.Quotes.Count);
        var quote = Seed.Quotes[index];
        Assert.Equal(paragraph, quote.Paragraph);
        Assert.StartsWith(start, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(mention, quote.SpeakerMention);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(partial, quote.IsPartial);
    }

    [Fact]
    public void Trump_praises_the_bold_and_visionary_step()
    {
        var quote = Seed.Quotes[5];
        Assert.Equal(4, quote.Paragraph);
        Assert.StartsWith("bold and visionary step", quote.Text);
        Assert.Equal("Donald Trump", quote.Speaker);
        Assert.Equal("Trump", quote.SpeakerMention);
        Assert.Contains(quote.Cue, new[] { "praised", "describing" });
        Assert.True(quote.IsPartial);
    }

    [Fact]
    public void The_misnested_inner_quotation_stays_inside_quote_three_and_is_reported_on_line_two()
    {
        var quote = Seed.Quotes[2];
        Assert.Equal(401, quote.Start - 1);
        Assert.Equal(812, quote.Start + quote.Length);
        Assert.Contains("“two states for two peoples,", Seed.Text.Substring(quote.Start, quote.Length));

        var issue = Assert.Single(Seed.Issues);
        Assert.Equal(ExtractionIssueKind.AmbiguousNestedQuotation, issue.Kind);
        var lineStart = Seed.Text.IndexOf('\n') + 1;
        var lineEnd = Seed.Text.IndexOf('\n', lineStart);
        Assert.InRange(issue.Start, lineStart, lineEnd);
    }

    [Fact]
    public void Quote_offsets_point_at_the_quoted_text()
    {
        foreach (var quote in Seed.Quotes)
        {
            Assert.Equal(quote.Text, Seed.Text.Substring(quote.Start, quote.Length));
            Assert.Contains(Seed.Text[quote.Start - 1], "“\"");
        }
    }

    [Fact]
    public void Both_dates_resolve_against_published()
    {
        Assert.Collection(Seed.Dates,
            d => { Assert.Equal("Nov. 7", d.Text); Assert.Equal(247, d.Start); Assert.Equal(new CalendarDate(2025, 11, 7), d.Date); },
            d => { Assert.Equal("Nov. 6", d.Text); Assert.Equal(958, d.Start); Assert.Equal(new CalendarDate(2025, 11, 6), d.Date); });
    }

    [Fact]
    public void Without_published_dates_keep_month_and_day_only()
    {
        var article = ArticleExtractor.Extract(SeedText);
        Assert.All(article.Dates, d => { Assert.Equal(11, d.Month); Assert.Null(d.Year); Assert.Null(d.Date); });
        Assert.Equal(new int?[] { 7, 6 }, article.Dates.Select(d => d.Day).ToArray());
    }

    [Fact]
    public void The_money_figure_is_seventeen_billion_dollars()
    {
        var money = Assert.Single(Seed.Money);
        Assert.Equal("$17 billion", money.Text);
        Assert.Equal(2100, money.Start);
        Assert.Equal(17_000_000_000m, money.Amount);
        Assert.Equal("USD", money.Currency);
    }

    [Fact]
    public void Three_people_with_their_titles()
    {
        Assert.Equal(
            new[] { ("Kassym-Jomart Tokayev", "President"), ("Donald Trump", "President"), ("Benjamin Netanyahu", "Prime Minister") },
            Seed.People.Select(p => (p.Name, p.Title!)).ToArray());
    }

    [Fact]
    public void Organisations_include_the_ministry_the_un_and_the_white_house()
    {
        var names = Seed.Organizations.Select(o => o.Name).ToArray();
        Assert.Contains("Kazakh Foreign Affairs Ministry", names);
        Assert.Contains("United Nations", names);
        Assert.Contains("White House", names);
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Theory]
    [InlineData("Astana", null)]
    [InlineData("Kazakhstan", "KZ")]
    [InlineData("Israel", "IL")]
    [InlineData("United Arab Emirates", "AE")]
    [InlineData("Bahrain", "BH")]
    [InlineData("Sudan", "SD")]
    [InlineData("Morocco", "MA")]
    [InlineData("United States", "US")]
    [InlineData("Washington", null)]
    [InlineData("Middle East", null)]
    [InlineData("Central Asia", null)]
    public void Places_include_each_named_place_once(string name, string? code)
    {
        var place = Assert.Single(Seed.Places, p => p.Name == name);
        Assert.Equal(code, place.CountryCode);
        Assert.Equal(Seed.Places.Count, Seed.Places.Select(p => p.Name).Distinct().Count());
    }
}
