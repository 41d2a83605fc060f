using System.Linq;

namespace ArticleRecords.Extraction.Tests.Places;

/// <summary>Names that are places only in some sentences: people called Chad, the two Georgias, Paris in a treaty's name.</summary>
public class AmbiguousPlaceTests
{
    private static (string Name, string? Code)[] Places(string text) =>
        ArticleExtractor.Extract(text).Places.Select(p => (p.Name, p.CountryCode)).ToArray();

    [Theory]
    [InlineData("Chad said he was tired of waiting.")]
    [InlineData("Chad, 34, has driven a truck for a decade.")]
    [InlineData("Ask Chad, who knows the road.")]
    public void A_place_name_that_speaks_or_has_an_age_is_a_person(string sentence) => Assert.Empty(Places(sentence));

    [Fact]
    public void A_country_that_speaks_about_itself_stays_a_country() =>
        Assert.Equal(new[] { ("Chad", (string?)"TD") }, Places("Chad said its troops would stay."));

    [Theory]
    [InlineData("Talks opened in Tbilisi, Georgia, on Monday.")]
    [InlineData("Officials from the country of Georgia arrived.")]
    [InlineData("Georgian troops left as Georgia signed the deal.")]
    public void Georgia_is_the_country_where_the_article_says_so(string text) =>
        Assert.Contains(("Georgia", (string?)"GE"), Places(text));

    [Theory]
    [InlineData("Voters in Georgia went to the polls.")]
    [InlineData("He flew to Atlanta, Georgia, for the rally.")]
    public void Georgia_is_the_state_otherwise(string text) =>
        Assert.Contains(("Georgia", (string?)null), Places(text));

    [Theory]
    [InlineData("The Paris Agreement took effect that year.")]
    [InlineData("Engineers from Georgia Tech built the robot.")]
    public void A_place_inside_a_treaty_or_school_name_is_no_place(string sentence) => Assert.Empty(Places(sentence));

    [Theory]
    [InlineData("Ankara is the capital of Turkey.")]
    [InlineData("Ankara is the capital of Türkiye.")]
    public void Turkey_is_named_as_news_writes_it(string sentence) =>
        Assert.Contains(("Turkey", (string?)"TR"), Places(sentence));
}
