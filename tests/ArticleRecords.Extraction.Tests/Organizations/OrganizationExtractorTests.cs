using System.Linq;

namespace ArticleRecords.Extraction.Tests.Organizations;

public class OrganizationExtractorTests
{
    private static string[] Names(string text) => ArticleExtractor.Extract(text).Organizations.Select(o => o.Name).ToArray();

    [Fact]
    public void Acronyms_expand_to_the_full_name()
    {
        var organizations = ArticleExtractor.Extract("It backs UN resolutions and the IMF plan.").Organizations;
        Assert.Equal(new[] { "United Nations", "International Monetary Fund" }, organizations.Select(o => o.Name).ToArray());
        Assert.Equal((9, 2), (organizations[0].Start, organizations[0].Length));
    }

    [Fact]
    public void A_leading_the_is_not_part_of_a_ministry_name() =>
        Assert.Equal(new[] { "Kazakh Foreign Affairs Ministry" }, Names("The Kazakh Foreign Affairs Ministry said so."));

    [Fact]
    public void Companies_end_with_their_legal_suffix() =>
        Assert.Equal(new[] { "Halden Pharma Plc", "Corvina Therapeutics Inc" }, Names("British drugmaker Halden Pharma Plc will buy Corvina Therapeutics Inc for cash."));

    [Fact]
    public void Of_phrases_belong_to_the_name() =>
        Assert.Equal(new[] { "Ministry of Foreign Affairs" }, Names("A note from the Ministry of Foreign Affairs arrived."));

    [Fact]
    public void Fixed_names_parties_and_courts() =>
        Assert.Equal(new[] { "White House", "Democratic Party", "Supreme Court" }, Names("The White House and the Democratic Party awaited the Supreme Court."));

    [Fact]
    public void A_title_after_an_organisation_is_left_for_the_person() =>
        Assert.Equal(new[] { "Senate Judiciary Committee" }, Names("Senate Judiciary Committee Chairman Chuck Grassley objected."));

    [Fact]
    public void One_organisation_per_name_at_its_first_mention()
    {
        var organizations = ArticleExtractor.Extract("The UN met. The UN voted.").Organizations;
        Assert.Equal(4, Assert.Single(organizations).Start);
    }

    [Fact]
    public void A_person_of_an_organisation_is_not_part_of_its_name() =>
        Assert.Equal(new[] { "Centerview Partners" }, Names("Donors included Blair Effron of Centerview Partners last year."));
}
