using System;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleRecords.Extraction.Datelines;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Places;

/// <summary>Headline, dateline and places through <see cref="ArticleExtractor"/>, and on hostile input.</summary>
public class OpeningAndPlacesEndToEndTests
{
    [Fact]
    public void Extracts_the_seed_opening_and_places()
    {
        var article = ArticleExtractor.Extract(TestArticles.ReadNormalized("KazakhstanAbrahamAccords.txt"));
        Assert.Null(article.Title);
        Assert.Equal(new Dateline("ASTANA", "WNAM MONITIRONG", null, "ASTANA ( WNAM MONITIRONG):", 0, 26), article.Dateline);
        Assert.Equal(
            new[] { "Astana", "Kazakhstan", "Middle East", "United States", "Israel", "United Arab Emirates", "Bahrain", "Sudan", "Morocco", "Washington", "Central Asia" },
            article.Places.Select(p => p.Name).ToArray());
        Assert.All(article.Places, p => Assert.True(p.Start >= 0 && p.Start + p.Length <= article.Text.Length));
    }

    [Fact]
    public void Extracts_a_headline_then_a_dateline_after_the_byline()
    {
        var article = ArticleExtractor.Extract(TestArticles.ReadNormalized("RivertonFloodMayor.txt"));
        Assert.Equal("Mayor vows to rebuild flooded riverfront by next spring", article.Title);
        Assert.Equal("RIVERTON", article.Dateline?.Place);
        Assert.Equal(new Place("Riverton", null, 72, 8), article.Places.First());
    }

    [Fact]
    public void Never_throws_on_random_text()
    {
        const string alphabet = "ABCNWYORK abcxyz.,:;()/-—–―'’\"“”!?\n\n\t0123456789 U.S. N.H. Nev. By (AP) Jordan Paris\u200B\uFEFF\uD83D\uDE00";
        var random = new Random(20251107);
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 120);
            for (var i = 0; i < length; i++)
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            var document = ArticleDocument.Parse(builder.ToString(), CancellationToken.None);
            var headline = HeadlineDetector.Detect(document);
            var dateline = DatelineExtractor.Extract(document, headline, Array.Empty<DateMention>(), CancellationToken.None);
            foreach (var place in PlaceExtractor.Extract(document, dateline, CancellationToken.None))
                Assert.InRange(place.Start + place.Length, 1, document.Text.Length);
        }
    }

    [Fact]
    public void Handles_a_headline_range_that_points_past_the_text()
    {
        var document = ArticleDocument.Parse("LONDON (Reuters) - Shares fell.", CancellationToken.None);
        Assert.Null(DatelineExtractor.Extract(document, new TextRange(500, 3), Array.Empty<DateMention>(), CancellationToken.None));
    }

    [Fact]
    public void Runs_in_linear_time_on_long_runs_of_names_and_capitals()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
            builder.Append("NEW YORK, N.H. United Arab ST. ");
        var text = builder.ToString();
        var document = ArticleDocument.Parse(text, CancellationToken.None);
        var headline = HeadlineDetector.Detect(document);
        var dateline = DatelineExtractor.Extract(document, headline, Array.Empty<DateMention>(), CancellationToken.None);
        var places = PlaceExtractor.Extract(document, dateline, CancellationToken.None);
        Assert.Equal(new[] { "New York", "New Hampshire" }, places.Select(p => p.Name).ToArray());
    }
}
