using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Places;

public class PlaceExtractorTests
{
    private static Place[] Extract(string text, Dateline? dateline = null) =>
        PlaceExtractor.Extract(ArticleDocument.Parse(text, CancellationToken.None), dateline, CancellationToken.None);

    private static string[] Names(string text) => Extract(text).Select(p => p.Name).ToArray();

    [Fact]
    public void Finds_the_seed_places_once_each_at_their_first_mention()
    {
        var text = TestArticles.ReadNormalized("KazakhstanAbrahamAccords.txt");
        var dateline = new Dateline("ASTANA", "WNAM MONITIRONG", null, "ASTANA ( WNAM MONITIRONG):", 0, 26);
        var expected = new[]
        {
            new Place("Astana", null, 0, 6),
            new Place("Kazakhstan", "KZ", 292, 10),
            new Place("Middle East", null, 689, 11),
            new Place("United States", "US", 908, 4),
            new Place("Israel", "IL", 1787, 6),
            new Place("United Arab Emirates", "AE", 1834, 20),
            new Place("Bahrain", "BH", 1856, 7),
            new Place("Sudan", "SD", 1865, 5),
            new Place("Morocco", "MA", 1876, 7),
            new Place("Washington", null, 1905, 10),
            new Place("Central Asia", null, 2025, 12),
        };
        Assert.Equal(expected, Extract(text, dateline));
        Assert.Equal("U.S.", text.Substring(908, 4));
    }

    [Fact]
    public void Reads_us_before_an_en_dash_as_the_united_states() =>
        Assert.Equal(
            new[] { new Place("United States", "US", 13, 2), new Place("Central Asia", null, 16, 12) },
            Extract("A new era in US–Central Asia relations."));

    [Fact]
    public void Finds_the_places_of_the_test_articles()
    {
        Assert.Equal(new[] { "Washington", "South Dakota", "Utah" }, Names(TestArticles.ReadNormalized("ApSenateWildfireAid.txt")));
        Assert.Equal(new[] { "London", "United States", "New York" }, Names(TestArticles.ReadNormalized("ReutersHaldenCorvina.txt")));
    }

    [Fact]
    public void Counts_an_unknown_dateline_city_as_a_place_in_title_case()
    {
        var text = TestArticles.ReadNormalized("RivertonFloodMayor.txt");
        var dateline = new Dateline("RIVERTON", null, null, "RIVERTON, Ore. —", 72, 16);
        Assert.Equal(new[] { new Place("Riverton", null, 72, 8), new Place("Oregon", null, 82, 4) }, Extract(text, dateline));
    }

    [Fact]
    public void Splits_a_dateline_naming_two_cities()
    {
        var dateline = new Dateline("SEATTLE/WASHINGTON", "Reuters", null, "SEATTLE/WASHINGTON (Reuters) -", 0, 30);
        Assert.Equal(
            new[] { new Place("Seattle", null, 0, 7), new Place("Washington", null, 8, 10) },
            Extract("SEATTLE/WASHINGTON (Reuters) - Boeing said.", dateline));
    }

    [Theory]
    [InlineData("He met officials in the United Kingdom and the UK press.", "United Kingdom", "GB", 24, 14)]
    [InlineData("Talks in the U.K. resumed.", "United Kingdom", "GB", 13, 4)]
    [InlineData("Great Britain voted.", "United Kingdom", "GB", 0, 13)]
    [InlineData("The UAE and Bahrain signed.", "United Arab Emirates", "AE", 4, 3)]
    [InlineData("Make America great again.", "United States", "US", 5, 7)]
    [InlineData("Trade with South Korea grew.", "South Korea", "KR", 11, 11)]
    [InlineData("Troops left the West Bank and Gaza.", "West Bank", null, 16, 9)]
    [InlineData("The rally in Reno, Nev., drew 3,000.", "Nevada", null, 19, 4)]
    [InlineData("Voters in Bedford, N.H. lined up.", "New Hampshire", null, 19, 4)]
    [InlineData("He spoke in Lynchburg, VA, on Monday.", "Virginia", null, 23, 2)]
    [InlineData("Prices in Latin America rose.", "Latin America", null, 10, 13)]
    [InlineData("PRICES IN CHINA FELL", "China", "CN", 10, 5)]
    [InlineData("She flew to Mexico City on Monday.", "Mexico City", null, 12, 11)]
    public void Finds_aliases_abbreviations_and_the_longest_name(string text, string name, string? code, int start, int length)
    {
        var place = Assert.Single(Extract(text), p => p.Name == name);
        Assert.Equal(new Place(name, code, start, length), place);
    }

    [Theory]
    [InlineData("said Sen. Maria Alvarez, D-Wash., who led the talks.", "Washington", 27, 5)]
    [InlineData("Sen. Mark Ellison, R-Utah, called it.", "Utah", 21, 4)]
    [InlineData("Sen. Lindsey Graham (R-SC) spoke.", "South Carolina", 23, 2)]
    [InlineData("Sen. Bernie Sanders, I-Vt., spoke.", "Vermont", 23, 3)]
    public void Reads_the_state_of_a_party_label(string text, string name, int start, int length) =>
        Assert.Equal(new[] { new Place(name, null, start, length) }, Extract(text));

    [Fact]
    public void Finds_a_state_abbreviation_only_after_a_comma()
    {
        Assert.Contains("Nevada", Names("Reno, Nev. is hot."));
        Assert.Empty(Names("They attended Mass. Then they left."));
        Assert.Empty(Names("He felt Ill. It passed."));
    }

    [Theory]
    [InlineData("Paris Hilton arrived late.")]
    [InlineData("Michael Jordan retired.")]
    [InlineData("Actor Michael B. Jordan starred.")]
    [InlineData("Jordan Peterson spoke.")]
    [InlineData("Georgia Brown said no.")]
    [InlineData("Douglas J. Band led the foundation.")]
    [InlineData("Goldman Sachs and Morgan Stanley gave.")]
    [InlineData("Actress Rosario Dawson spoke.")]
    [InlineData("D-Day and I-95 and R-Ohioans and D-Wash")]
    [InlineData("Chad Smith played drums.")]
    [InlineData("George Washington slept here.")]
    [InlineData("We ate roast turkey off china dishes.")]
    [InlineData("They met at the White House, in the Oval Office.")]
    [InlineData("Bank of America cut rates.")]
    [InlineData("Voice of America reported it.")]
    [InlineData("The Washington Post and the New York Times reported it.")]
    [InlineData("Kazakh and Israeli officials met American and British diplomats.")]
    [InlineData("IN OR OUT, OK?")]
    [InlineData("He was in Island.")]
    [InlineData("")]
    public void Finds_no_place_in_person_names_organisations_demonyms_or_common_words(string text) =>
        Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Georgia Gov. Brian Kemp signed it.", "Georgia")]
    [InlineData("Texas Republicans met in Austin.", "Texas")]
    [InlineData("In Jordan, officials said.", "Jordan")]
    [InlineData("Amman, Jordan was calm.", "Jordan")]
    [InlineData("Paris is calm.", "Paris")]
    public void Keeps_places_that_only_look_like_names(string text, string name) => Assert.Contains(name, Names(text));

    [Fact]
    public void Does_not_join_names_across_lines() =>
        Assert.Equal(new[] { "New York" }, Names("He loves New\nYork and New York."));

    [Fact]
    public void Stops_when_cancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var document = ArticleDocument.Parse("Paris.", CancellationToken.None);
        Assert.Throws<System.OperationCanceledException>(() => PlaceExtractor.Extract(document, null, source.Token));
    }
}
