using System.Linq;
using System.Threading;

namespace ArticleRecords.Extraction.Tests.Quotes;

public class QuotationPatternTests
{
    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract(text);

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        var article = Extract("Kazakhstan\u2019s rock \u2019n\u2019 roll of the \u201990s didn't stop, Maria Lopez said.");
        Assert.Empty(article.Quotes);
        Assert.Empty(article.Issues);
    }

    [Fact]
    public void Single_marks_nest_inside_double_ones()
    {
        var quote = Assert.Single(Extract("\"He told me 'no way' twice,\" Ellison said.").Quotes);
        Assert.Equal("He told me 'no way' twice,", quote.Text);
    }

    [Fact]
    public void A_quotation_split_by_its_attribution_gives_two_attributed_quotes()
    {
        var article = Extract("Mayor Anna Kowalski spoke.\n\n\u201CWe are ready,\u201D she said, \u201Cand we will not wait.\u201D");
        Assert.Equal(new[] { ("We are ready,", "Anna Kowalski", "she", "said", false), ("and we will not wait.", "Anna Kowalski", "she", "said", false) },
            article.Quotes.Select(q => (q.Text, q.Speaker!, q.SpeakerMention!, q.Cue!, q.IsPartial)).ToArray());
    }

    [Fact]
    public void A_cue_before_the_quotation_and_a_colon()
    {
        var quote = Assert.Single(Extract("Gov. Laura Brennan said: \u201CThe money is coming.\u201D").Quotes);
        Assert.Equal(("Laura Brennan", "Gov. Laura Brennan", "said", false), (quote.Speaker, quote.SpeakerMention, quote.Cue, quote.IsPartial));
    }

    [Fact]
    public void A_cue_after_the_quotation_with_the_speaker_after_the_verb()
    {
        var quote = Assert.Single(Extract("\u201CWe will rebuild,\u201D said Sen. Mark Ellison, R-Utah.").Quotes);
        Assert.Equal(("Mark Ellison", "Sen. Mark Ellison", "said"), (quote.Speaker, quote.SpeakerMention, quote.Cue));
    }

    [Fact]
    public void A_partial_quotation_inside_the_writers_sentence()
    {
        var quote = Assert.Single(Extract("Tom Baker called the plan \u201Ca disaster\u201D on Monday.").Quotes);
        Assert.True(quote.IsPartial);
        Assert.Equal(("Tom Baker", "called"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void Scare_quotes_and_titles_of_works_have_no_speaker()
    {
        var quote = Assert.Single(Extract("The band played its hit \u201CRiver Song\u201D at the fair.").Quotes);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void Later_surname_and_honorific_mentions_resolve_to_the_fullest_name()
    {
        var article = Extract("President Donald Trump arrived.\n\n\u201CIt was great,\u201D Mr. Trump said.");
        Assert.Equal(("Donald Trump", "Mr. Trump"), (article.Quotes[0].Speaker, article.Quotes[0].SpeakerMention));
    }

    [Fact]
    public void A_description_refers_back_to_the_titled_person()
    {
        var article = Extract("Sen. Maria Alvarez met voters.\n\n\u201CWe won,\u201D the senator said.");
        Assert.Equal(("Maria Alvarez", "the senator"), (article.Quotes[0].Speaker, article.Quotes[0].SpeakerMention));
    }

    [Fact]
    public void An_organisation_can_speak()
    {
        var quote = Assert.Single(Extract("\u201CThe talks were useful,\u201D the White House said in a statement.").Quotes);
        Assert.Equal("White House", quote.Speaker);
    }

    [Fact]
    public void A_quotation_introduced_by_a_paragraph_ending_in_a_colon()
    {
        var article = Extract("Senator Ruth Adler put it bluntly in a speech:\n\n\u201CThis bill is dead.\u201D");
        Assert.Equal("Ruth Adler", Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void A_standalone_quotation_paragraph_continues_the_last_speaker()
    {
        var article = Extract("\u201CWe won,\u201D Ellen Price said.\n\n\u201CNow we govern.\u201D");
        Assert.Equal(new[] { "Ellen Price", "Ellen Price" }, article.Quotes.Select(q => q.Speaker!).ToArray());
    }

    [Fact]
    public void An_unclosed_mark_is_reported_and_the_rest_is_still_extracted()
    {
        var article = Extract("\u201CThis never closes, said Joe Biden.\n\nLater: \u201CThis does,\u201D said Joe Biden.");
        var issue = Assert.Single(article.Issues);
        Assert.Equal((ExtractionIssueKind.UnbalancedQuotation, 0), (issue.Kind, issue.Start));
        Assert.Equal("This does,", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void A_stray_closing_mark_is_reported()
    {
        var article = Extract("He left early.\u201D Then he came back.");
        Assert.Equal(ExtractionIssueKind.UnbalancedQuotation, Assert.Single(article.Issues).Kind);
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Straight_marks_are_read_from_their_spacing()
    {
        var article = Extract("\"One,\" he said. Then \"two\" and \"three.\"");
        Assert.Equal(new[] { "One,", "two", "three." }, article.Quotes.Select(q => q.Text).ToArray());
        Assert.Empty(article.Issues);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("\u201D\u201C\u201D\u201C")]
    [InlineData("\u201C\u201C\u201C a \u201D")]
    [InlineData("said said said \u201C\u201D")]
    [InlineData("\u201C\n\u201C\n\u201C")]
    [InlineData(": \u201Cx\u201D")]
    public void Never_throws_on_odd_input(string text)
    {
        var article = Extract(text);
        Assert.All(article.Quotes, q => Assert.InRange(q.Start + q.Length, 0, article.Text.Length));
    }

    [Fact]
    public void Honours_cancellation() =>
        Assert.ThrowsAny<System.OperationCanceledException>(() => ArticleExtractor.Extract("\u201Ca\u201D he said.", null, new CancellationToken(canceled: true)));
}
