using ArticleRecords.Extraction.Places;

namespace ArticleRecords.Extraction.Tests.Places;

public class GazetteerTests
{
    [Theory]
    [InlineData("U.S.", "United States", "US")]
    [InlineData("US", "United States", "US")]
    [InlineData("USA", "United States", "US")]
    [InlineData("United States", "United States", "US")]
    [InlineData("America", "United States", "US")]
    [InlineData("UK", "United Kingdom", "GB")]
    [InlineData("U.K.", "United Kingdom", "GB")]
    [InlineData("Britain", "United Kingdom", "GB")]
    [InlineData("Great Britain", "United Kingdom", "GB")]
    [InlineData("Russia", "Russia", "RU")]
    [InlineData("South Korea", "South Korea", "KR")]
    [InlineData("UAE", "United Arab Emirates", "AE")]
    [InlineData("United Arab Emirates", "United Arab Emirates", "AE")]
    [InlineData("Kazakhstan", "Kazakhstan", "KZ")]
    [InlineData("Turkey", "Turkey", "TR")]
    [InlineData("Türkiye", "Turkey", "TR")]
    [InlineData("Burma", "Myanmar", "MM")]
    [InlineData("Greenland", "Greenland", "GL")]
    public void Knows_countries_and_their_aliases_with_iso_codes(string written, string name, string code)
    {
        Assert.True(Gazetteer.TryFind(written, out var entry));
        Assert.Equal(name, entry.Name);
        Assert.Equal(PlaceKind.Country, entry.Kind);
        Assert.Equal(code, entry.PlaceCountryCode);
    }

    [Theory]
    [InlineData("Nevada", "Nevada", "State")]
    [InlineData("N.H.", "New Hampshire", "State")]
    [InlineData("D.C.", "District of Columbia", "State")]
    [InlineData("Georgia", "Georgia", "State")]
    [InlineData("Astana", "Astana", "City")]
    [InlineData("ASTANA", "Astana", "City")]
    [InlineData("NEW YORK", "New York", "State")]
    [InlineData("Washington, D.C.", "Washington", "City")]
    [InlineData("Tokyo", "Tokyo", "City")]
    [InlineData("Lome", "Lomé", "City")]
    [InlineData("Kiev", "Kyiv", "City")]
    [InlineData("Nur-Sultan", "Astana", "City")]
    [InlineData("RANGOON", "Yangon", "City")]
    [InlineData("Middle East", "Middle East", "Region")]
    [InlineData("Central Asia", "Central Asia", "Region")]
    [InlineData("West Bank", "West Bank", "Region")]
    [InlineData("Gaza", "Gaza", "Region")]
    [InlineData("Latin America", "Latin America", "Region")]
    [InlineData("Europe", "Europe", "Region")]
    public void Knows_states_cities_and_regions_without_a_country_code(string written, string name, string kind)
    {
        Assert.True(Gazetteer.TryFind(written, out var entry));
        Assert.Equal(name, entry.Name);
        Assert.Equal(kind, entry.Kind.ToString());
        Assert.Null(entry.PlaceCountryCode);
    }

    [Theory]
    [InlineData("Kazakh", "KZ")]
    [InlineData("Kazakhstani", "KZ")]
    [InlineData("Israeli", "IL")]
    [InlineData("American", "US")]
    [InlineData("British", "GB")]
    [InlineData("Emirati", "AE")]
    [InlineData("Saudi", "SA")]
    [InlineData("French", "FR")]
    [InlineData("South Korean", "KR")]
    [InlineData("Dominican", "DO")]
    public void Links_demonyms_to_their_country(string word, string code)
    {
        Assert.True(Gazetteer.IsDemonym(word, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("Arab")]
    [InlineData("Kazakhstan")]
    [InlineData("kazakh")]
    [InlineData("Djibouti")]
    [InlineData("")]
    public void Reads_no_demonym_in_other_words(string word) => Assert.False(Gazetteer.IsDemonym(word, out _));

    [Theory]
    [InlineData("Washington")]
    [InlineData("Kazakhstan")]
    [InlineData("Middle East")]
    [InlineData("U.S.")]
    [InlineData("Nev.")]
    [InlineData("Oval Office")]
    public void Names_places_and_rooms(string name) => Assert.True(Gazetteer.IsPlaceName(name));

    [Theory]
    [InlineData("White House")]
    [InlineData("Kazakh")]
    [InlineData("turkey")]
    [InlineData("china")]
    [InlineData("Island")]
    [InlineData("IN")]
    [InlineData("")]
    public void Names_no_place_for_institutions_demonyms_and_common_words(string name) => Assert.False(Gazetteer.IsPlaceName(name));

    [Theory]
    [InlineData("Jordan", true)]
    [InlineData("Jackson", true)]
    [InlineData("Paris", true)]
    [InlineData("Kazakhstan", false)]
    [InlineData("jordan", false)]
    public void Tells_which_place_names_are_also_person_names(string word, bool expected)
    {
        Assert.True(Gazetteer.IsPlaceName(word) || !expected);
        Assert.Equal(expected, Gazetteer.IsAlsoPersonName(word));
    }
}
