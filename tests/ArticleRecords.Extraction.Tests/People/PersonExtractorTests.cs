using System.Linq;

namespace ArticleRecords.Extraction.Tests.People;

public class PersonExtractorTests
{
    private static (string Name, string? Title)[] People(string text) =>
        ArticleExtractor.Extract(text).People.Select(p => (p.Name, p.Title)).ToArray();

    [Fact]
    public void Nationality_words_before_a_title_are_not_part_of_it() =>
        Assert.Equal(new[] { ("Benjamin Netanyahu", (string?)"Prime Minister") }, People("He called Israeli Prime Minister Benjamin Netanyahu."));

    [Fact]
    public void An_abbreviated_title_keeps_its_dot() =>
        Assert.Equal(new[] { ("Maria Alvarez", (string?)"Sen.") }, People("It was Sen. Maria Alvarez who spoke."));

    [Fact]
    public void An_organisation_before_a_title_is_not_part_of_the_name() =>
        Assert.Equal(new[] { ("Charles Whitfield", (string?)"Majority Leader") }, People("Later Senate Majority Leader Charles Whitfield spoke."));

    [Fact]
    public void Possessives_are_stripped_and_later_surnames_merge() =>
        Assert.Equal(new[] { ("Kassym-Jomart Tokayev", (string?)"President") },
            People("President Kassym-Jomart Tokayev\u2019s visit ended. Tokayev left."));

    [Fact]
    public void The_fullest_name_wins_when_the_full_name_comes_later() =>
        Assert.Equal(new[] { ("Donald Trump", (string?)null) }, People("Mr. Trump arrived. Then Donald Trump spoke."));

    [Fact]
    public void A_given_name_makes_two_capitalised_words_a_person() =>
        Assert.Equal(new[] { ("Ruth Delaney", (string?)null) }, People("Residents agreed, including Ruth Delaney of Water Street."));

    [Fact]
    public void Places_organisations_and_sentence_words_are_not_people() =>
        Assert.Empty(People("During the Oval Office talks at the White House in Washington, the Senate met."));

    [Fact]
    public void A_lower_case_role_before_a_name_is_its_title() =>
        Assert.Equal(new[] { ("Haley Morris", (string?)"spokeswoman") }, People("It was campaign spokeswoman Haley Morris who answered."));

    [Fact]
    public void A_lone_titled_word_the_article_also_writes_in_lower_case_is_not_a_person() =>
        Assert.Empty(People("They fear a President Executive Order. The order was signed."));

    [Fact]
    public void A_title_case_headline_verb_ends_a_name() =>
        Assert.Equal(new[] { ("Glenn Beck", (string?)null) }, People("Glenn Beck Says Trump Has Lost"));

    [Fact]
    public void A_title_case_headline_word_the_article_writes_as_a_lower_case_verb_ends_a_name() =>
        Assert.Equal(new[] { ("Mara Quillon", (string?)"Sen.") },
            People("Mara Quillon Refuses To Back Harbor Budget\n\nSen. Mara Quillon said on Monday that she refuses to back the plan."));

    [Fact]
    public void A_title_case_headline_keeps_a_surname_the_article_never_writes_in_lower_case() =>
        Assert.Equal(new[] { ("Mary Ann Simmons", (string?)null) },
            People("Mary Ann Simmons Greets Crowds\n\nThe town marked the day with a parade, and she greets everyone."));

    [Fact]
    public void Of_between_title_words_belongs_to_the_title() =>
        Assert.Equal(new[] { ("John F. Kerry", (string?)"Secretary of State") }, People("Secretary of State John F. Kerry spoke."));

    [Fact]
    public void Streets_and_counties_are_not_people() =>
        Assert.Empty(People("Wall Street said it was fine, and Cook County agreed."));

    [Fact]
    public void A_role_in_apposition_makes_two_capitalised_words_a_person() =>
        Assert.Equal(new[] { ("Orla Quist", (string?)null) }, People("The vote was close, according to Orla Quist, the chairwoman of the county board."));

    [Fact]
    public void An_age_may_stand_before_the_role_in_apposition() =>
        Assert.Equal(new[] { ("Orla Quist", (string?)null) }, People("The vote was close, according to Orla Quist, 31, a local teacher."));

    [Fact]
    public void A_phrase_after_a_comma_that_opens_with_a_preposition_is_no_apposition() =>
        Assert.Empty(People("Ships crowd the Harbour Reach, with senior officials watching."));

    // UTF-8 read as Latin-1: "ñ" written as "A" with a combining tilde and "±", "ç" as "Ã§".
    [Theory]
    [InlineData("Ramiro Pe\u0041\u0303\u00B1alver Ruiz")]
    [InlineData("Fran\u00C3\u00A7oise Delmonte")]
    public void A_name_written_in_mojibake_is_not_cut_at_its_symbol(string name) =>
        Assert.Equal(new[] { (name, (string?)"President") }, People("It was President " + name + " who spoke."));

    [Fact]
    public void A_day_after_a_capitalised_word_is_no_surname_even_next_to_a_reporting_verb() =>
        Assert.Empty(People("Voters who backed Halden on Super Tuesday said the count was slow."));

    [Fact]
    public void A_family_role_in_apposition_finds_a_person_whose_given_name_is_unlisted() =>
        Assert.Equal(new[] { ("Ossian Tervell", (string?)null) }, People("It was Ossian Tervell, a nephew of the mayor, who opened the bridge."));
}
