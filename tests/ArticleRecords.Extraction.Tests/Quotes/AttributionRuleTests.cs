using System.Linq;

namespace ArticleRecords.Extraction.Tests.Quotes;

/// <summary>One sentence or two per attribution rule, written for the rule.</summary>
public class AttributionRuleTests
{
    private static (string? Speaker, string? Mention, string? Cue) Last(string text)
    {
        var quote = ArticleExtractor.Extract(text).Quotes.Last();
        return (quote.Speaker, quote.SpeakerMention, quote.Cue);
    }

    [Fact]
    public void A_party_and_state_in_parentheses_between_name_and_cue() =>
        Assert.Equal(("Earl Blumenauer", "Rep. Earl Blumenauer", "said"), Last("\u201CThere is energy,\u201D Rep. Earl Blumenauer (D-Ore.) said."));

    [Fact]
    public void Role_words_between_the_cue_and_the_name() =>
        Assert.Equal(("Chris Russell", "said"), Pick(Last("\u201CIt became crowded,\u201D said Republican political consultant Chris Russell.")));

    [Fact]
    public void A_possessive_before_a_role_does_not_make_the_possessor_the_speaker() =>
        Assert.Equal("Corey Lewandowski", Last("\u201CWe are winning,\u201D said Trump\u2019s campaign manager Corey Lewandowski.").Speaker);

    [Fact]
    public void A_participle_cue_takes_the_subject_of_its_clause() =>
        Assert.Equal(("Donald Trump", "Trump", "saying"),
            Last("Donald Trump spoke.\n\nTrump issued a statement, saying he had \u201Cmade a lot of money.\u201D"));

    [Fact]
    public void The_words_after_told_or_telling_name_the_listener_not_the_speaker() =>
        Assert.Equal("Donald Trump", Last("Donald Trump spoke.\n\nTrump took a risk, telling the crowd, \u201CI am a negotiator.\u201D").Speaker);

    [Fact]
    public void A_transcript_label_before_a_colon() =>
        Assert.Equal(("Trey Gowdy", "Rep. Trey Gowdy"), Pick2(Last("Rep. Trey Gowdy (R-S.C.): \u201CI have not heard that figure.\u201D")));

    [Fact]
    public void An_opening_adverbial_is_not_the_subject() =>
        Assert.Equal("Jerry Brown", Last("On Tuesday, Gov. Jerry Brown endorsed her, citing her \u201Clong experience.\u201D").Speaker);

    [Fact]
    public void A_sentence_about_a_named_person_without_a_cue_is_theirs() =>
        Assert.Equal(("Angela Merkel", null), (Last("Chancellor Angela Merkel heralded the deal as a \u201Cbreakthrough.\u201D").Speaker, Last("Chancellor Angela Merkel heralded the deal as a \u201Cbreakthrough.\u201D").Cue));

    [Fact]
    public void She_skips_a_man_named_more_recently() =>
        Assert.Equal("Ana Ortiz", Last("Ana Ortiz met Tom Reyes on Monday.\n\n\u201CWe agree,\u201D she said.").Speaker);

    [Fact]
    public void A_time_phrase_between_subject_and_cue_is_skipped() =>
        Assert.Equal("State Department", Last("The State Department less than two weeks ago said \u201Ctop secret\u201D data had passed.").Speaker);

    [Fact]
    public void A_title_of_a_work_has_no_speaker_even_beside_a_cue() =>
        Assert.Equal((null, null, null), Last("Marco Rubio said on ABC\u2019s \u201CThis Week With George Stephanopoulos\u201D that he would run."));

    [Fact]
    public void A_cue_after_the_writers_words_that_follow_a_quotation() =>
        Assert.Equal(("Kunin", "Kunin", "said"), Last("\u201CThis will be a challenge\u201D for Clinton, said Kunin."));

    [Fact]
    public void A_sentence_after_a_quotation_that_ended_is_not_its_attribution()
    {
        var quotes = ArticleExtractor.Extract("Tom Baker spoke first.\n\nHe wants \u201Cpeace now.\u201D Ruth Delaney said that was naive.").Quotes;
        Assert.Equal(("Tom Baker", "He"), (quotes[0].Speaker, quotes[0].SpeakerMention));
    }

    [Fact]
    public void A_speaker_introduced_by_a_sentence_opening_cue() =>
        Assert.Equal("Roger Stone", Last("Roger Stone spoke on the radio.\n\nStated Stone:\n\n\u201CThe stakes are high.\u201D").Speaker);

    [Fact]
    public void A_colon_in_the_writers_sentence_introduces_the_subjects_words() =>
        Assert.Equal(("John Kasich", "Gov. John Kasich", null), Last("Gov. John Kasich resisted the idea: “Ohio governors do not have that power.”"));

    [Fact]
    public void A_hyphenated_role_between_an_outlet_and_a_name() =>
        Assert.Equal("Stu Burguiere", Last("“Imagine that,” mused Blaze co-host Stu Burguiere.").Speaker);

    [Fact]
    public void A_possessor_does_not_speak_for_the_people_it_qualifies() =>
        Assert.Null(Last("“He was wrong,” Henry Clay’s biographers wrote.").Speaker);

    [Fact]
    public void A_name_in_apposition_to_a_role_is_the_speaker() =>
        Assert.Equal("John Podesta", Last("Clinton’s campaign chairman, John Podesta, said in a statement: “Tonight was dark.”").Speaker);

    [Fact]
    public void Adjectives_and_an_organisation_before_a_titled_name_after_the_cue() =>
        Assert.Equal("Mick Bednarek", Last("“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.").Speaker);

    [Fact]
    public void A_long_title_and_party_between_the_quotation_and_the_cue() =>
        Assert.Equal("Harry M. Reid", Last("“Pfizer is gaming the system,” Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.").Speaker);

    [Fact]
    public void A_name_and_cue_closing_the_writers_sentence() =>
        Assert.Equal("Song", Last("The hacker was branded “in homage to” Lazar, Song wrote.").Speaker);

    [Fact]
    public void A_short_surname_is_not_mistaken_for_a_month() =>
        Assert.Equal("Ai Jun", Last("“Many of his ideas are far from heartwarming,” columnist Ai Jun wrote.").Speaker);

    [Fact]
    public void Two_word_cues() =>
        Assert.Equal(("Politico", "pointed out"), Pick(Last("But as Politico pointed out, \u201CTrump has declined to release any tax returns.\u201D")));

    [Fact]
    public void Time_words_between_subject_and_cue() =>
        Assert.Equal("Dianne Feinstein", Last("Sen. Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of any \u201Ctop secret\u201D email.").Speaker);

    [Fact]
    public void An_opening_participle_phrase_is_not_the_subject() =>
        Assert.Equal("Ben Carson", Last("Ben Carson spoke.\n\nContinuing to explain his view, Carson rejected the notion, arguing it was \u201Crotten.\u201D").Speaker);

    [Fact]
    public void Modifiers_an_affiliation_and_a_role_before_the_name_after_the_cue() =>
        Assert.Equal("David Axelrod", Last("\u201COctober was good for her,\u201D said former Obama adviser David Axelrod.").Speaker);

    [Fact]
    public void A_quotation_paragraph_after_a_sentence_opening_with_speaker_and_cue() =>
        Assert.Equal(("Valastro", "praised"), Pick(Last("Valastro praised the governor\u2019s leadership.\n\n\u201CWe need someone who gets things done.\u201D")));

    [Fact]
    public void A_dateline_is_not_the_subject_of_the_first_sentence() =>
        Assert.Equal("Hillary Clinton", Last("WASHINGTON, Dec. 8 (UPI) \u2014 Hillary Clinton rallied supporters, saying: \u201CWe have to be ready.\u201D").Speaker);

    [Fact]
    public void An_affiliation_and_role_before_the_name_after_the_quotation() =>
        Assert.Equal("Josh Earnest", Last("\u201CNothing has changed,\u201D White House press secretary Josh Earnest told reporters.").Speaker);

    [Fact]
    public void A_name_in_apposition_to_any_description() =>
        Assert.Equal("Joe Kasper", Last("\u201CIt will happen,\u201D Rep. Duncan Hunter\u2019s chief of staff, Joe Kasper, told POLITICO.").Speaker);

    [Fact]
    public void A_short_clause_after_a_question_that_ends_the_quotation() =>
        Assert.Equal("Donald Trump", Last("Donald Trump spoke.\n\n\u201CYou think I am going to change?\u201D Trump asked reporters rhetorically.").Speaker);

    [Fact]
    public void A_title_with_of_and_an_initial_in_the_name() =>
        Assert.Equal("John F. Kerry", Last("Secretary of State John F. Kerry said the vote was an \u201Cimportant step.\u201D").Speaker);

    [Fact]
    public void An_unknown_acronym_after_the_is_an_organisation_speaking() =>
        Assert.Equal("ACU", Last("\u201CWe are very disappointed,\u201D the ACU said in a statement.").Speaker);

    [Fact]
    public void A_name_apposed_to_a_description_after_the_cue() =>
        Assert.Equal("James B. Comey", Last("They found no \u201Cties of any consequence,\u201D said the bureau\u2019s director, James B. Comey.").Speaker);

    [Fact]
    public void A_preposition_before_a_participle_cue_ends_no_subject() =>
        Assert.Equal("Donald Trump", Last("Donald Trump spoke.\n\nTrump defended his plans by saying, \u201CI am trying to save lives.\u201D").Speaker);

    [Fact]
    public void A_verb_after_a_determiner_is_a_noun_not_a_cue() =>
        Assert.Equal(("Bernie Sanders", "Bernie Sanders", null), Last("Bernie Sanders delivered a snappy retort: \u201CNo one is tearing this up.\u201D"));

    [Fact]
    public void A_connector_and_a_prepositional_phrase_before_the_subject() =>
        Assert.Equal("Ben Carson", Last("Ben Carson spoke.\n\nLater on Sunday, Carson shared a syllabus, writing \u201CAllow me to help.\u201D").Speaker);

    [Fact]
    public void A_subject_before_but_and_a_second_cue() =>
        Assert.Equal("Ana Ortiz", Last("Ana Ortiz declined to comment but said in a statement that \u201Cnothing was wrong.\u201D").Speaker);

    [Fact]
    public void Is_quoted_as_saying_is_one_cue() =>
        Assert.Equal(("Tom Baker", "quoted as saying"), Pick(Last("Tom Baker is quoted as saying \u201Cwe will not wait.\u201D")));

    [Fact]
    public void A_dash_introduces_a_full_quotation()
    {
        var quote = ArticleExtractor.Extract("Donald Trump embraced the idea \u2014 \u201CI think it is fine.\u201D").Quotes[0];
        Assert.Equal(("Donald Trump", false), (quote.Speaker, quote.IsPartial));
    }

    [Fact]
    public void A_name_right_after_a_possessive_name_opens_the_previous_sentence() =>
        Assert.Equal("Dianne Bystrom", Last("Iowa State University\u2019s Dianne Bystrom agreed.\n\n\u201CMainstream Republicans are running out of time.\u201D").Speaker);

    private static (string?, string?) Pick((string? Speaker, string? Mention, string? Cue) q) => (q.Speaker, q.Cue);

    private static (string?, string?) Pick2((string? Speaker, string? Mention, string? Cue) q) => (q.Speaker, q.Mention);
}
