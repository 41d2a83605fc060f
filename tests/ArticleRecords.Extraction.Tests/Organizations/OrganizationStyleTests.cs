using System.Linq;

namespace ArticleRecords.Extraction.Tests.Organizations;

/// <summary>Organisations as news writing names them: one sentence or short article per style.</summary>
public class OrganizationStyleTests
{
    private static string[] Names(string text) => ArticleExtractor.Extract(text).Organizations.Select(o => o.Name).ToArray();

    [Theory]
    [InlineData("Officials at the State Department declined to comment.", "State Department")]
    [InlineData("Agents of the Federal Bureau of Investigation searched the house.", "Federal Bureau of Investigation")]
    [InlineData("A note from the Norwegian Ministry of Trade arrived on Monday.", "Norwegian Ministry of Trade")]
    [InlineData("Shares of Tolvern Mining Corp fell sharply.", "Tolvern Mining Corp")]
    [InlineData("The deal values Brackwater Logistics Ltd at twice its sales.", "Brackwater Logistics Ltd")]
    [InlineData("Investors in Oskarsund Holdings AG were pleased.", "Oskarsund Holdings AG")]
    [InlineData("Delegates of the Republican Party gathered in a hall.", "Republican Party")]
    [InlineData("The 9th U.S. Circuit Court of Appeals heard the case.", "9th U.S. Circuit Court of Appeals")]
    [InlineData("The story first appeared in The New York Times last week.", "New York Times")]
    [InlineData("Viewers of Fox News saw the speech live.", "Fox News")]
    [InlineData("A report by Al Jazeera showed the damage.", "Al Jazeera")]
    [InlineData("Students at Marlow State University walked out.", "Marlow State University")]
    [InlineData("Engineers from Georgia Tech built the robot.", "Georgia Tech")]
    [InlineData("A judge of the U.S. District Court for the Southern District of New York ruled.", "U.S. District Court for the Southern District of New York")]
    [InlineData("Fans at the University of Texas at Austin cheered.", "University of Texas at Austin")]
    [InlineData("The Supreme Court for the first time agreed.", "Supreme Court")]
    public void Each_style_is_named_without_its_article(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Names(sentence));

    [Theory]
    [InlineData("The FBI opened a file.", "Federal Bureau of Investigation")]
    [InlineData("NATO allies met in the spring.", "North Atlantic Treaty Organization")]
    [InlineData("He spoke to CNN on the phone.", "CNN")]
    [InlineData("The GOP lost the seat.", "Republican Party")]
    public void A_known_acronym_stands_for_its_full_name(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Names(sentence));

    [Fact]
    public void An_acronym_and_its_full_name_are_one_organisation_at_the_first_mention()
    {
        var article = ArticleExtractor.Extract("The FBI said little. Later the Federal Bureau of Investigation confirmed it.");
        var organization = Assert.Single(article.Organizations);
        Assert.Equal("Federal Bureau of Investigation", organization.Name);
        Assert.Equal("FBI", article.Text.Substring(organization.Start, organization.Length));
    }

    [Fact]
    public void An_acronym_the_article_defines_names_its_later_mentions()
    {
        var article = ArticleExtractor.Extract("The Council of Harbour Pilots (CHP) met. Later the CHP voted.");
        var organization = Assert.Single(article.Organizations);
        Assert.Equal("Council of Harbour Pilots", organization.Name);
        Assert.Equal(4, organization.Start);
    }

    [Fact]
    public void An_undefined_acronym_is_no_organisation() =>
        Assert.Empty(Names("The CHP voted again."));

    [Fact]
    public void The_country_before_a_known_institution_is_the_fuller_name_of_the_same_one()
    {
        var organization = Assert.Single(ArticleExtractor.Extract("The Senate met. The U.S. Senate voted.").Organizations);
        Assert.Equal(("U.S. Senate", 4), (organization.Name, organization.Start));
    }

    [Fact]
    public void Department_of_x_and_x_department_and_its_acronym_are_one() =>
        Assert.Equal(new[] { "Department of Justice" }, Names("The Justice Department sued. The DOJ won. The Department of Justice appealed."));

    [Fact]
    public void Who_in_capitals_is_the_pronoun_unless_it_stands_alone()
    {
        Assert.Empty(Names("WHO IS HE? Nobody knew the answer."));
        Assert.Empty(Names("The ad ran on the local affiliate WHO in January."));
        Assert.Equal(new[] { "World Health Organization" }, Names("The WHO declared an emergency."));
    }

    [Fact]
    public void White_house_and_legislatures_are_organisations() =>
        Assert.Equal(new[] { "White House", "Congress", "Senate" }, Names("The White House asked Congress to act, but the Senate refused."));

    [Theory]
    [InlineData("Democrats and Republicans argued all night.")]
    [InlineData("Washington said in March that talks would resume.")]
    [InlineData("However, Maria Lenz said the plan would fail.")]
    [InlineData("The Paris Agreement took effect that year.")]
    [InlineData("She sang at the Sydney Opera House in June.")]
    [InlineData("Reruns of Full House aired all day.")]
    public void No_organisation_from_members_places_months_people_or_treaties(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void A_title_case_headline_holds_only_the_names_the_body_confirms()
    {
        var names = Names("Mayor Gets Some Devastating News From Fox News\n\nThe mayor told Fox News on Monday that he would stay.");
        Assert.Equal(new[] { "Fox News" }, names);
    }

    [Fact]
    public void The_place_a_company_is_based_in_is_not_its_name() =>
        Assert.Equal(new[] { "Harlow Seed Company" }, Names("The Ohio-based Harlow Seed Company said it would close."));

    [Fact]
    public void Known_names_keep_their_lower_case_joiners_and_merge_with_their_acronyms()
    {
        var article = ArticleExtractor.Extract("The Food and Drug Administration and the U.S. Department of Health and Human Services met. The FDA and HHS agreed.");
        Assert.Equal(new[] { "Food and Drug Administration", "U.S. Department of Health and Human Services" }, article.Organizations.Select(o => o.Name).ToArray());
        Assert.Equal(4, article.Organizations[0].Start);
    }

    [Theory]
    [InlineData("The Republican-controlled Senate passed it.", "Senate")]
    [InlineData("A Clinton-run State Department kept the files.", "State Department")]
    [InlineData("Yellen  The Federal Reserve kept rates.", "Federal Reserve")]
    [InlineData("A Democratic Senate would block him.", "Senate")]
    [InlineData("Top Senate aides left early.", "Senate")]
    [InlineData("Two House committees met.", "House")]
    [InlineData("Former House Speaker Jo Pell spoke.", "House")]
    public void Describing_words_and_an_inner_the_are_no_part_of_the_name(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Names(sentence));

    [Fact]
    public void An_assistant_ag_is_a_title_not_a_company() =>
        Assert.Equal(new[] { "Siemens AG" }, Names("Principal Deputy Assistant AG Mara Kell spoke, and so did Siemens AG."));
}
