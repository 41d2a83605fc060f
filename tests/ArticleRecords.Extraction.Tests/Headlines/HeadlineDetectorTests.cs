using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Tests.Places;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Headlines;

public class HeadlineDetectorTests
{
    private static string? Headline(string text)
    {
        var document = ArticleDocument.Parse(text, CancellationToken.None);
        return HeadlineDetector.Detect(document) is { } range ? document.TextOf(range) : null;
    }

    [Fact]
    public void Finds_the_headline_before_a_byline_and_a_dateline() =>
        Assert.Equal("Mayor vows to rebuild flooded riverfront by next spring", Headline(TestArticles.ReadNormalized("RivertonFloodMayor.txt")));

    [Fact]
    public void Finds_no_headline_in_the_seed_which_opens_with_its_dateline() =>
        Assert.Null(Headline(TestArticles.ReadNormalized("KazakhstanAbrahamAccords.txt")));

    [Theory]
    [InlineData("ApSenateWildfireAid.txt")]
    [InlineData("ReutersHaldenCorvina.txt")]
    public void Finds_no_headline_when_the_first_line_is_a_dateline(string file) =>
        Assert.Null(Headline(TestArticles.ReadNormalized(file)));

    [Theory]
    [InlineData("O’Malley campaign to shift staff, resources to Iowa.\n\nDALLAS (AP) — Democratic presidential candidate Martin O’Malley is shifting staff.", "O’Malley campaign to shift staff, resources to Iowa.")]
    [InlineData("Republican Donor Adelson and Trump May be Aligning on Israel.\n\nTop Republican Party donor Sheldon Adelson said on Friday he met Trump.", "Republican Donor Adelson and Trump May be Aligning on Israel.")]
    [InlineData("TRUMP WINS — AGAIN\n\nDonald Trump won the primary, and he won it big.", "TRUMP WINS — AGAIN")]
    [InlineData("Senate passes storm relief bill\n\nThe Senate on Tuesday passed a bill that sends money to storm-hit towns, after a long fight.", "Senate passes storm relief bill")]
    [InlineData("Rubio has the praise, just not the votes.\n\nMarco Rubio won the endorsements of many colleagues in the Senate but not enough voters.", "Rubio has the praise, just not the votes.")]
    [InlineData("Trump tells 3,000 in Reno NFL has gone ‘soft’ like the US.\n\nRENO, Nev. (AP) — Republican presidential hopeful Donald Trump says he does not watch football much anymore.", "Trump tells 3,000 in Reno NFL has gone ‘soft’ like the US.")]
    [InlineData("Charles Barkley takes on Donald Trump, ‘loser’ supporters.\n\nNBA on TNT has a crew of large former players with even bigger personalities.", "Charles Barkley takes on Donald Trump, ‘loser’ supporters.")]
    public void Reads_a_short_first_line_before_the_body_as_the_headline(string text, string expected) =>
        Assert.Equal(expected, Headline(text));

    [Theory]
    [InlineData("WASHINGTON officials said on Tuesday that the plan would go ahead.\n\nThe plan was first floated in May.")]
    [InlineData("The mayor said on Monday that the city would rebuild. She did not say when.\n\nResidents were less certain.")]
    [InlineData("Republican presidential front-runner Donald Trump addressed the students of the Christian university in a wide-ranging speech that included a vow to protect Christianity and a pledge to build a wall.\n\nHe spoke for an hour.")]
    [InlineData("Your daily look at late-breaking news, upcoming events and the stories that will be talked about today:\n\n1. A vote.")]
    [InlineData("GOP frontrunner Donald Trump is facing attack ads ahead of the May 3 primary in Indiana.\n\nThe ads began on Monday.")]
    [InlineData("A single line that could be anything")]
    [InlineData("")]
    public void Reads_no_headline_when_the_first_line_is_a_body_sentence_or_alone(string text) =>
        Assert.Null(Headline(text));

    [Fact]
    public void A_byline_alone_is_no_headline() =>
        Assert.Null(Headline("By Elena Marsh\n\nRIVERTON, Ore. — The river rose."));

    [Theory]
    [InlineData("Council said it would delay the bridge vote.\n\nElena Marsh, Staff Writer\n\nThe council met on Monday.")]
    [InlineData("Council said it would delay the bridge vote.\n\nUpdated 10:42 a.m. ET, Nov. 7, 2025\n\nThe council met on Monday.")]
    public void Finds_the_headline_before_a_byline_without_by_or_a_time_stamp(string text) =>
        Assert.Equal("Council said it would delay the bridge vote.", Headline(text));

    [Fact]
    public void A_byline_label_is_no_headline() =>
        Assert.Null(Headline("BYLINE: Amber Phillips.\n\nThe court ruled on Thursday that the case could go on, and the parties said they would appeal."));
}
