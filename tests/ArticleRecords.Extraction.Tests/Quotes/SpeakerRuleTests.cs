using System.Linq;

namespace ArticleRecords.Extraction.Tests.Quotes;

/// <summary>Speaker rules added to raise attribution quality; one sentence or two per rule, written for the rule.</summary>
public class SpeakerRuleTests
{
    private static (string? Speaker, string? Mention, string? Cue) Last(string text)
    {
        var quote = ArticleExtractor.Extract(text).Quotes.Last();
        return (quote.Speaker, quote.SpeakerMention, quote.Cue);
    }

    private static (string? Speaker, string? Mention, string? Cue) First(string text)
    {
        var quote = ArticleExtractor.Extract(text).Quotes.First();
        return (quote.Speaker, quote.SpeakerMention, quote.Cue);
    }

    [Theory]
    [InlineData("fumed")]
    [InlineData("retaliated")]
    [InlineData("interjected")]
    [InlineData("assured")]
    public void Less_common_reporting_verbs_are_cues(string verb) =>
        Assert.Equal(("Ana Ortiz", verb), Pick(Last("Headline\n\n\u201CWe are done,\u201D Ana Ortiz " + verb + ".")));

    [Fact]
    public void A_cue_without_a_subject_is_a_noun_and_the_verb_lies_further_back() =>
        Assert.Equal(("Halden Foundation", "noted"),
            Pick(Last("Headline\n\nThe Halden Foundation noted the 2012 attacks and its work for \u201Cthe families of the victims.\u201D")));

    [Fact]
    public void A_noun_like_present_form_is_a_cue_right_after_its_subject() =>
        Assert.Equal(("Walsh", "notes"), Pick(Last("Headline\n\n\u201CIt is over,\u201D Walsh notes.")));

    [Fact]
    public void A_noun_like_present_form_after_a_determiner_stays_a_noun() =>
        Assert.Null(Last("Headline\n\nThe notes, written in haste, read \u201Cnothing new.\u201D").Cue);

    [Fact]
    public void An_appositive_after_and_does_not_reach_into_the_previous_clause() =>
        Assert.Equal("Gerry Walsh", Last("Headline\n\nPeople said so, and Gerry Walsh, a local consultant, notes that Halden \u201Ccan do a lot.\u201D").Speaker);

    [Fact]
    public void A_cue_before_a_short_quotation_earlier_in_the_sentence_still_counts() =>
        Assert.Equal(("Ana Ortiz", "said"), Pick(Last("Headline\n\nAna Ortiz said on the \u201CMorning Show\u201D that she would \u201Cthink it over\u201D soon.")));

    [Fact]
    public void Words_of_an_earlier_quotation_hold_no_cue() =>
        Assert.Equal(("Ana Ortiz", "wrote"), Pick(Last("Headline\n\nAna Ortiz wrote that the \u201Cfriends said no\u201D and the \u201Crest agreed.\u201D")));

    [Fact]
    public void Quoted_words_with_a_pronoun_are_not_a_title() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz posted a message reading \u201CThank you Ohio\u201D late on Monday.").Speaker);

    [Fact]
    public void A_title_of_a_work_with_function_words_still_has_no_speaker() =>
        Assert.Null(Last("Headline\n\nAna Ortiz posted a review of \u201CThe Art of the Deal\u201D late on Monday.").Speaker);

    [Fact]
    public void A_title_word_after_a_given_name_is_the_surname() =>
        Assert.Equal("Amy Pope", Last("Headline\n\n\u201CWe have seen enough,\u201D Amy Pope said.").Speaker);

    [Fact]
    public void A_name_after_a_preposition_behind_the_quotation_is_no_speaker() =>
        Assert.Equal(("Mitch Dalton", "said"), Pick(Last("Headline\n\nMitch Dalton said that it was \u201Ctotally improper\u201D for Ana Ortiz to criticize the court.")));

    [Fact]
    public void The_object_before_an_infinitive_cue_is_no_speaker() =>
        Assert.Equal(("Mitch Dalton", "said"), Pick(Last("Headline\n\nMitch Dalton said he would like Ana Ortiz to explain why the plan is \u201Ctoo costly.\u201D")));

    [Fact]
    public void A_name_after_a_preposition_before_a_participle_is_no_speaker() =>
        Assert.Equal(("Mitch Dalton", "said"), Pick(Last("Headline\n\nMitch Dalton said remarks from Ana Ortiz calling for cuts were \u201Cshort-sighted.\u201D")));

    [Fact]
    public void The_agent_after_by_still_speaks() =>
        Assert.Equal("Mitch Dalton", Last("Headline\n\nA letter sent by Mitch Dalton on Monday warned of \u201Chard times ahead.\u201D").Speaker);

    [Fact]
    public void A_pronoun_refers_first_to_the_named_subject_of_its_own_sentence() =>
        Assert.Equal("Mark Dalton", Last("Headline\n\n\u201CWe won,\u201D Tom Reyes said.\n\nSenator Mark Dalton told the crowd that Tom Reyes, whom he called a \u201Cbad loser,\u201D was wrong.").Speaker);

    [Fact]
    public void A_connector_and_its_comma_open_no_subject() =>
        Assert.Equal("Mark Dalton", Last("Headline\n\n\u201CWe won,\u201D Tom Reyes said.\n\nLater, Senator Mark Dalton told the crowd that Tom Reyes, whom he called a \u201Cbad loser,\u201D was wrong.").Speaker);

    [Fact]
    public void An_appositive_that_holds_a_comma_of_its_own() =>
        Assert.Equal("Lena Park", Last("Headline\n\nLena Park, a nurse from Dayton, Ohio, says the plan will \u201Chelp a lot.\u201D").Speaker);

    [Fact]
    public void An_appositive_between_dashes() =>
        Assert.Equal("Lena Park", Last("Headline\n\nLena Park \u2014 a nurse from Dayton \u2014 says the plan will \u201Chelp a lot.\u201D").Speaker);

    [Fact]
    public void A_noun_like_present_form_before_an_object_pronoun_is_a_cue() =>
        Assert.Equal(("Lena Park", "calls"), Pick(Last("Headline\n\nHis chief aide, Lena Park, calls him a \u201Cbuilder\u201D of bridges.")));

    [Fact]
    public void A_generation_suffix_belongs_to_the_name() =>
        Assert.Equal("Paul Rand III", Last("Headline\n\n\u201CYes, I back him,\u201D Paul Rand III, head of the Center, tells reporters.").Speaker);

    [Fact]
    public void An_age_after_the_subject_is_not_a_place_comma() =>
        Assert.Equal("Lena Park", Last("Headline\n\nSpeaking on Monday, Lena Park, 70, said it was early but added, \u201CWe know the result.\u201D").Speaker);

    [Fact]
    public void A_description_qualified_by_a_place_resolves_by_its_head() =>
        Assert.Equal(("Lena Park", "the Ohio senator"), Pick2(Last("Headline\n\nSen. Lena Park spoke in Dayton on Monday.\n\n\u201CWe will win,\u201D the Ohio senator said.")));

    [Fact]
    public void A_cue_followed_by_a_day_and_that_after_a_quotation_ending_its_sentence_starts_a_new_sentence() =>
        Assert.NotEqual("Tom Reyes", Last("Headline\n\nAna Ortiz called the ruling \u201Carbitrary.\u201D Tom Reyes warned Saturday that the ruling would stand.").Speaker);

    [Fact]
    public void Former_opening_a_description_is_no_name() =>
        Assert.Null(Last("Headline\n\nFormer prosecutor and city official spoke, calling it \u201Ca sad day.\u201D").Speaker);

    [Fact]
    public void An_opening_time_phrase_and_its_comma_are_not_the_subject() =>
        Assert.Equal(("Ana Ortiz", "accused"), Pick(Last("Headline\n\nAna Ortiz spoke.\n\nSunday morning, Ortiz slammed the shift and accused Tom Reyes of a \u201Cflip-flop.\u201D")));

    [Fact]
    public void An_opening_connector_alone_is_no_subject() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\nIn responding Friday, Ortiz took a step, accusing spy agencies of \u201Coverreach.\u201D").Speaker);

    [Fact]
    public void A_surname_ending_in_ing_before_its_cue_is_a_name_not_a_participle() =>
        Assert.Equal(("Ebeling", "explained"), Pick(Last("Headline\n\n\u201CI was a delegate,\u201D Ebeling explained.")));

    [Fact]
    public void A_capitalised_participle_opening_the_sentence_is_still_no_subject() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nContinuing to explain her view, Ana Ortiz rejected the \u201Cfalse choice.\u201D").Speaker);

    [Fact]
    public void A_role_holder_of_a_named_person_is_not_that_person() =>
        Assert.Equal((null, "a Reyes campaign spokesman"), Pick2(Last("Headline\n\nSenator Tom Reyes spoke.\n\n\u201CWe are ready,\u201D said a Reyes campaign spokesman.")));

    [Fact]
    public void A_description_whose_head_fits_the_named_persons_title_is_that_person() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nSenator Tom Reyes spoke.\n\n\u201CWe are ready,\u201D said the Reyes senator.").Speaker);

    [Fact]
    public void A_title_case_subhead_capitalises_its_cue() =>
        Assert.Equal(("Maria Lopez", "Explained"), Pick(Last("Headline\n\n1\n\nMaria Lopez Explained Why She Felt \u201Cinvisible\u201D As A Child.")));

    [Fact]
    public void An_acronym_inside_a_paragraph_names_a_speaker() =>
        Assert.Equal("KLM", Last("Headline\n\n\u201CThe noise has hurt us,\u201D KLM said in a statement.").Speaker);

    [Fact]
    public void A_manner_adverb_between_the_name_and_the_cue_is_skipped() =>
        Assert.Equal(("Ana Ortiz", "said"), Pick(Last("Headline\n\nAsked about it, Ana Ortiz gingerly said that was \u201Cfor the voters.\u201D")));

    [Fact]
    public void An_opening_adverb_phrase_ends_at_its_comma() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nImmediately after the vote, Ana Ortiz issued a statement, \u201CWe won tonight.\u201D").Speaker);

    [Fact]
    public void A_noun_like_present_form_after_an_appositive_and_before_a_name_is_a_cue() =>
        Assert.Equal(("Ana Ortiz", "calls"), Pick(Last("Headline\n\nAna Ortiz, director of the institute, calls Dayton \u201Ca mistake.\u201D")));

    [Fact]
    public void A_place_in_apposition_is_not_the_speaker() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz, who lives near the capital, Albany, said she still \u201Chopes for the best.\u201D").Speaker);

    [Fact]
    public void A_given_name_borne_by_men_and_women_fits_he() =>
        Assert.Equal("Lindsey Hale", Last("Headline\n\nLindsey Hale spoke.\n\n\u201CWe lost,\u201D Ana Ortiz said.\n\nThe debate went on. \u201CWe will fight on,\u201D he said.").Speaker);

    [Fact]
    public void A_number_word_opening_a_sentence_is_no_name() =>
        Assert.Null(Last("Headline\n\nEleven groups are asking the mayor to \u201Crethink\u201D the plan.").Speaker);

    [Fact]
    public void An_opening_subordinate_clause_ends_at_its_comma() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nBefore the vote, Police Chief Ana Ortiz lobbied to close the road, saying, \u201CFewer cars, fewer accidents.\u201D").Speaker);

    [Fact]
    public void Two_opening_adverbials_in_a_row_are_skipped() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nOn Thursday, after staying neutral for months, Ana Ortiz endorsed Tom Reyes, saying, \u201CHe is a fighter.\u201D").Speaker);

    [Fact]
    public void A_connector_without_a_comma_still_opens_the_subject() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nLater Ana Ortiz endorsed Tom Reyes, saying, \u201CHe is a fighter.\u201D").Speaker);

    [Fact]
    public void A_past_form_after_a_name_ends_the_mention() =>
        Assert.Equal(("Ana Ortiz", "Ana Ortiz"), Pick2(Last("Headline\n\nOn Thursday, Ana Ortiz endorsed Tom Reyes, saying, \u201CHe is a fighter.\u201D")));

    [Fact]
    public void A_relative_that_before_lower_case_words_opens_no_subject() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz has denounced supporters that level sexist attacks, saying her campaign does not want \u201Cthat kind of help.\u201D").Speaker);

    [Fact]
    public void A_possessive_description_after_a_preposition_is_inside_a_longer_subject() =>
        Assert.Null(Last("Headline\n\nThe Halden Foundation was hacked.\n\nA source familiar with the Halden Foundation\u2019s internal review said the intruders sought \u201Cdonor lists.\u201D").Speaker);

    [Fact]
    public void A_surname_ending_in_ing_after_a_given_name_is_no_participle() =>
        Assert.Equal(("Tom Fielding", "said"), Pick(Last("Headline\n\n\u201CWe will rebuild,\u201D Tom Fielding, a local organiser, said.")));

    [Fact]
    public void A_long_appositive_with_a_relative_clause_reaches_the_cue_after_its_closing_comma() =>
        Assert.Equal(("Nora Quist", "told"), Pick(Last("Headline\n\n\u201CWe kept every promise,\u201D Nora Quist, who ran the mayor\u2019s office for six years during the long recovery after the flood, told the council.")));

    [Fact]
    public void A_quoted_title_inside_a_long_appositive_is_stepped_over() =>
        Assert.Equal("Nora Quist", First("Headline\n\n\u201CWe kept every promise,\u201D Nora Quist, the author of \u201CRiver Town\u201D and a former member of the city council, said on Monday.").Speaker);

    [Fact]
    public void A_cue_inside_the_appositive_is_not_the_cue_of_the_quotation() =>
        Assert.Null(Last("Headline\n\n\u201CWe kept every promise.\u201D However, the clerk, who had kept the minutes of every single meeting of the council, said otherwise.").Cue);

    [Fact]
    public void A_parenthesis_closing_a_described_appositive_does_not_make_its_organisation_the_speaker() =>
        Assert.Equal("Nora Quist", Last("Headline\n\nNora Quist, chair of Halden Rising (a civic group), tweeted: \u201CWe kept every promise.\u201D").Speaker);

    [Fact]
    public void The_named_subject_after_an_opening_clause_speaks_a_quotation_without_a_cue() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\nVisiting the harbour on Monday, which flooded last spring, Ortiz referred to the repairs as \u201Ca work in progress.\u201D").Speaker);

    [Fact]
    public void The_subject_of_a_second_clause_next_to_its_verb_speaks() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\nThe council voted again and Ortiz has increasingly decried the \u201Cbroken promises\u201D of the council.").Speaker);

    [Fact]
    public void A_name_after_a_preposition_or_an_indefinite_article_is_no_subject() =>
        Assert.Null(Last("Headline\n\nAna Ortiz and Tom Reyes spoke.\n\nThe plan was praised by Ortiz and a Reyes supporter wrote it off as \u201Ca gamble.\u201D").Speaker);

    [Fact]
    public void The_subject_of_a_finished_subordinate_clause_is_not_the_speaker() =>
        Assert.Null(Last("Headline\n\nAna Ortiz spoke.\n\nWhile Ortiz has condemned the plan, the neighbours are \u201Cdeeply worried.\u201D").Speaker);

    [Fact]
    public void A_stand_alone_quotation_in_title_case_is_a_title() =>
        Assert.Null(Last("Headline\n\nAna Ortiz spoke.\n\nOrtiz once hosted a radio show, \u201CThe Harbour Hour,\u201D for six years.").Speaker);

    [Fact]
    public void A_stand_alone_quotation_that_is_a_clause_is_no_title() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\n\u201CThat\u2019s Tom Reyes and Mark Dalton,\u201D Ortiz said.").Speaker);

    [Fact]
    public void Two_names_joined_by_and_before_the_cue_speak_together() =>
        Assert.Equal(("Ana Ortiz and Tom Reyes", "Ana Ortiz and Tom Reyes"), Pick2(Last("Headline\n\n\u201CWe will share the cost,\u201D Ana Ortiz and Tom Reyes wrote.")));

    [Fact]
    public void Two_names_joined_by_and_after_the_cue_speak_together() =>
        Assert.Equal("Ana Ortiz and Tom Reyes", Last("Headline\n\nAna Ortiz and Tom Reyes met.\n\n\u201CWe will share the cost,\u201D said Ortiz and Reyes.").Speaker);

    [Fact]
    public void The_object_of_a_verb_before_and_is_not_a_second_speaker() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nAna Ortiz and Tom Reyes met.\n\nThe mayor thanked Ortiz and Reyes said, \u201CWe will share the cost.\u201D").Speaker);

    [Fact]
    public void He_does_not_refer_back_to_a_pair_of_speakers() =>
        Assert.Equal("Mark Dalton", Last("Headline\n\nSenator Mark Dalton spoke first.\n\n\u201CWe will share the cost,\u201D Ana Ortiz and Tom Reyes wrote.\n\n\u201CNot with my vote,\u201D he said.").Speaker);

    [Fact]
    public void A_sentence_that_goes_on_after_the_quotation_may_end_in_its_cue() =>
        Assert.Equal(("Ana Ortiz", "said"), Pick(Last("Headline\n\n\u201CWe are heartbroken\u201D by the fire and by the loss of the old library, Ana Ortiz said.")));

    [Fact]
    public void A_sentence_ending_in_a_cue_after_another_clause_gives_no_speaker() =>
        Assert.Null(Last("Headline\n\n\u201CWe are heartbroken\u201D was printed on the banner, and the crowd grew quiet as Ana Ortiz said a prayer for the town.").Speaker);

    [Fact]
    public void He_after_a_pair_opening_the_sentence_before_refers_to_the_first_of_the_pair() =>
        Assert.Equal("Mark Dalton", Last("Headline\n\nSenator Mark Dalton and Governor Tom Reyes laid flowers at the gate.\n\n\u201CWe mourn\u201D the lost families and the town, he said.").Speaker);

    [Fact]
    public void After_a_question_the_named_speaker_and_cue_may_take_an_object() =>
        Assert.Equal(("Ana Ortiz", "asked"), Pick(Last("Headline\n\n\u201CWho will pay for it?\u201D Ana Ortiz asked the council members.")));

    [Fact]
    public void After_a_question_a_capitalised_pronoun_starts_a_sentence_of_its_own() =>
        Assert.Null(Last("Headline\n\nThe council met.\n\n\u201CWho will pay for it?\u201D She asked the council members to wait.").Speaker);

    [Fact]
    public void A_cue_before_a_colon_and_a_quotation_introduces_the_next_quotation() =>
        Assert.Equal("Ana Ortiz", First("Headline\n\nAna Ortiz spoke.\n\nAfter Ortiz called the plan \u201Ca disgrace,\u201D Tom Reyes said: \u201CShe is wrong.\u201D").Speaker);

    [Fact]
    public void A_participle_right_after_the_quotation_takes_no_speaker_after_it() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz said the council would meet, but said, \u201CWe will not wait,\u201D promising the Friends of the Park a hearing.").Speaker);

    [Fact]
    public void A_sentence_opening_with_amid_opens_no_subject() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAmid calls for a recount, Ana Ortiz gave a speech, saying the count was \u201Cfair and final.\u201D").Speaker);

    [Fact]
    public void The_subject_of_what_names_no_speaker() =>
        Assert.Null(Last("Headline\n\nThe list shows what Tom Reyes has done, a record of \u201Cbroken promises.\u201D").Speaker);

    [Fact]
    public void A_name_after_a_possessor_ends_before_its_verb() =>
        Assert.Equal(("Ana Ortiz", "The Herald\u2019s Ana Ortiz"), Pick2(Last("Headline\n\nLater, The Herald\u2019s Ana Ortiz offered a defence of the plan, saying it would \u201Csave the park.\u201D")));

    [Fact]
    public void What_opens_a_clause_whose_subject_has_an_appositive() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nTom Reyes spoke.\n\nReyes held the seat in 2010, in what Ana Ortiz, the council\u2019s lawyer, called \u201Ca sham vote.\u201D").Speaker);

    [Fact]
    public void An_appositive_of_any_shape_before_the_cue_closes_the_clause_subject() =>
        Assert.Equal(("Orla Quist", "said"), Pick(Last("Headline\n\nOrla Quist, 31, a freelance photographer from the north side who has covered every rally since 2010, said the march was the \u201Cperfect moment.\u201D")));

    [Fact]
    public void An_irregular_past_after_a_name_is_its_verb() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\nHastily turning to the crowd \u2014 much as she did last year \u2014 Ortiz cast the blame on the council and its \u201Cempty promises.\u201D").Speaker);

    [Fact]
    public void Of_between_lower_case_words_belongs_to_the_role_before_the_name() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\n\u201CWe will rebuild,\u201D said former secretary of state Ana Ortiz, who led the recovery.").Speaker);

    [Fact]
    public void A_role_after_a_determiner_and_then_a_name_is_that_person() =>
        Assert.Equal(("Tom Reyes", "his campaign manager Tom Reyes"), Pick2(Last("Headline\n\n\u201CWe will win the state,\u201D added his campaign manager Tom Reyes, speaking to reporters.")));

    [Fact]
    public void A_given_name_inside_capitalised_words_after_a_modifier_starts_the_name() =>
        Assert.Equal("Mary Quist", Last("Headline\n\n\u201CWe will win the state,\u201D said Harbour ranking Democrat Mary Quist.").Speaker);

    [Theory]
    [InlineData("agrees")]
    [InlineData("reacted")]
    [InlineData("beamed")]
    public void Agreeing_reacting_and_beaming_are_cues(string verb) =>
        Assert.Equal(("Ana Ortiz", verb), Pick(Last("Headline\n\n\u201CThis is wonderful!\u201D " + verb + " Ana Ortiz.")));

    [Fact]
    public void A_cue_after_and_takes_the_subject_of_the_earlier_cue_in_its_clause() =>
        Assert.Equal("Ortiz", Last("Headline\n\nIn a long, frank interview last year, Ortiz said she welcomed the ruling and added, \u201CI will appeal anyway.\u201D").Speaker);

    [Fact]
    public void A_label_after_a_dash_comes_before_a_cue_further_back() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nVoters say - Ana Ortiz: \u201CThe count was fair.\u201D").Speaker);

    [Fact]
    public void A_verb_right_after_a_name_ends_the_mention() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes backs Democrat Mary Quist.\n\n\u201CShe will fix the roads.\u201D").Speaker);

    [Fact]
    public void A_signature_line_after_a_quotation_paragraph_names_its_speaker() =>
        Assert.Equal(("Ana Ortiz", "-"), Pick(First("Headline\n\n\u201CWe will rebuild the pier.\u201D\n\n- Ana Ortiz.\n\nThe council voted.")));

    [Fact]
    public void A_signature_line_may_say_where_the_words_were_said() =>
        Assert.Equal("Ana Ortiz", First("Headline\n\n\u201CWe will rebuild the pier.\u201D\n\n\u2014Mayor Ana Ortiz, speaking at the harbour.").Speaker);

    [Fact]
    public void A_paragraph_of_quotation_two_paragraphs_on_keeps_the_last_speaker_when_nobody_else_is_named() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz told reporters her plan was \u201Cto rebuild.\u201D\n\nWhat \u201Crebuild\u201D means was left unsaid by Ortiz.\n\n\u201CWe will do something big.\u201D").Speaker);

    [Fact]
    public void A_paragraph_of_quotation_two_paragraphs_on_has_no_speaker_when_someone_else_is_named() =>
        Assert.Null(Last("Headline\n\nAna Ortiz told reporters her plan was \u201Cto rebuild.\u201D\n\nThe hall, rented from Tom Reyes, emptied early.\n\n\u201CWe will do something big.\u201D").Speaker);

    [Fact]
    public void An_indefinite_description_never_refers_back_to_a_named_person() =>
        Assert.Equal((null, "a Democratic strategist"), Pick2(Last("Headline\n\nDemocratic strategist Tom Reyes spoke first.\n\n\u201CWe are worried,\u201D a Democratic strategist said.")));

    [Fact]
    public void An_indefinite_role_holder_of_a_named_person_is_not_that_person() =>
        Assert.Null(Last("Headline\n\nTom Reyes spoke first.\n\n\u201CHe sets the rules,\u201D one Reyes confidant said.").Speaker);

    [Fact]
    public void An_official_of_a_named_organisation_speaks_for_it() =>
        Assert.Equal("Harbour Authority", Last("Headline\n\nThe Harbour Authority met on Monday.\n\n\u201CWe will not comment,\u201D a Harbour Authority official said.").Speaker);

    [Fact]
    public void A_year_after_the_determiner_keeps_the_description_whole() =>
        Assert.Equal((null, "a 2008 Reyes veteran"), Pick2(Last("Headline\n\nTom Reyes spoke first.\n\n\u201CHe hated surprises,\u201D said a 2008 Reyes veteran.")));

    [Fact]
    public void A_place_after_a_description_and_a_preposition_is_no_speaker() =>
        Assert.Null(Last("Headline\n\nTom Reyes spoke after a woman in Dayton, Ohio, told him she worries he is \u201Ctoo soft.\u201D").Speaker);

    [Fact]
    public void A_description_qualified_by_a_preposition_and_a_name_resolves_by_its_head() =>
        Assert.Equal("Lena Park", Last("Headline\n\nSen. Lena Park spoke in Dayton.\n\n\u201CWe will win,\u201D the senator from Ohio said.").Speaker);

    [Fact]
    public void A_name_in_apposition_to_a_role_of_a_named_body_is_the_speaker() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nThe leader of the Harbour League, Tom Reyes, warned that the plan was \u201Cshort-sighted.\u201D").Speaker);

    [Fact]
    public void A_cue_base_form_after_a_determiner_and_modifiers_is_a_noun() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\nOrtiz offered a Reyes-style retort on the radio, telling him he was \u201Cnot fit to serve.\u201D").Speaker);

    [Fact]
    public void A_cue_base_form_after_a_determiner_and_a_place_is_a_noun() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\nOrtiz asked the mayor to resign for not calling the Dayton warehouse attack an act of \u201Cdomestic terror.\u201D").Speaker);

    [Fact]
    public void According_to_right_after_a_long_quotation_names_its_source() =>
        Assert.Equal(("Harbour Watch", "according to"), Pick(Last("Headline\n\n\u201CThe records released last week include hundreds of pages of notes, letters and memos from the harbour office, several of them never seen before, and a list of every contract the office signed over the past ten years with builders and dredging firms from three states, along with the minutes of every closed meeting the board held since the flood of 2011 and the notes of its lawyers,\u201D according to Harbour Watch.")));

    [Fact]
    public void According_to_after_a_quotation_with_a_cue_of_its_own_does_not_replace_the_speaker() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke on Saturday, saying critics should \u201Clook again,\u201D according to the Harbour Herald.").Speaker);

    [Fact]
    public void An_appositive_missing_its_closing_comma_still_reaches_the_cue() =>
        Assert.Equal(("Nora Quist", "tweeted"), Pick(First("Headline\n\n\u201CThe count is wrong,\u201D Nora Quist, the data analyst who founded harbourstats.org tweeted on Monday.")));

    [Fact]
    public void A_cue_in_a_relative_clause_after_an_auxiliary_is_not_the_quotations() =>
        Assert.Null(First("Headline\n\n\u201CThe count is wrong,\u201D Nora Quist, who had warned about the count, left the hall.").Cue);

    [Fact]
    public void A_capitalised_cue_opening_the_sentence_takes_the_name_and_its_appositive_before_the_quotation() =>
        Assert.Equal(("Nora Quist", "Said"), Pick(Last("Headline\n\nThe old house was turned into a museum. Said Nora Quist, who grew up next door, \u201CWe were all so proud.\u201D")));

    [Fact]
    public void An_inverted_name_that_is_the_subject_of_a_reported_clause_is_no_speaker() =>
        Assert.NotEqual("Nora Quist", Last("Headline\n\nTom Reyes said Nora Quist, the new mayor, was not the author of \u201Cthe harbour plan.\u201D").Speaker);

    [Fact]
    public void Goes_on_before_a_noun_is_no_cue() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz spoke.\n\nOrtiz said that once the council goes on recess, \u201CI will visit every town.\u201D").Speaker);

    [Fact]
    public void A_manner_adverb_after_then_is_skipped_before_the_cue() =>
        Assert.Equal(("Quist", "asked"), Pick(Last("Headline\n\n\u201CWe won,\u201D Tom Reyes said.\n\nQuist, who was off the stage, then sharply asked, \u201CReally?\u201D")));

    [Fact]
    public void The_agent_of_a_passive_cue_is_the_speaker() =>
        Assert.Equal(("Mitch Dalton", "asked"), Pick(Last("Headline\n\nAna Ortiz was asked by moderator Mitch Dalton, \u201CWill you run again?\u201D")));

    [Fact]
    public void The_subject_of_a_passive_cue_without_an_agent_is_no_speaker() =>
        Assert.Equal((null, "asked"), Pick(Last("Headline\n\nAna Ortiz spoke first.\n\nIn an interview on Monday, Ortiz was asked, \u201CWill you run again?\u201D")));

    [Fact]
    public void A_passive_cue_before_an_infinitive_lends_its_subject_to_the_later_cue() =>
        Assert.Equal(("Ana Ortiz", "called"), Pick(Last("Headline\n\nMayor Ana Ortiz is reported to have called the plan \u201Ca waste of money.\u201D")));

    [Fact]
    public void A_later_pronoun_means_the_one_asked_not_the_agent_who_asked() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes was asked by host Mitch Dalton whether the harbour plan would \u201Ccost too much.\u201D\n\nThe answer was long. But he had a plan.\n\n\u201CWe will build it,\u201D he said.").Speaker);

    [Fact]
    public void A_sentence_whose_subject_is_a_pronoun_carries_the_pronoun_back_a_sentence_further() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes met Mitch Dalton on Monday.\n\nThe meeting was long. But he had a plan.\n\n\u201CWe will build it,\u201D he said.").Speaker);

    [Fact]
    public void A_pronoun_means_the_source_the_sentence_before_closes_on() =>
        Assert.Equal("Mitch Dalton", Last("Headline\n\nTom Reyes will win the county, Mitch Dalton said.\n\n\u201CHe has the votes,\u201D he said.").Speaker);

    [Fact]
    public void A_person_named_as_subject_before_a_quotation_takes_it_from_the_sentence_before() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes and Mitch Dalton spoke.\n\n\u201CWe are ready,\u201D Dalton said.\n\nWhen Reyes finally stood up \u2014 \u201CI will win this!\u201D \u2014 the hall cheered.").Speaker);

    [Fact]
    public void A_person_named_as_subject_after_a_clause_comma_takes_a_quotation_from_the_clause_before() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes and Mitch Dalton spoke.\n\nWhile Dalton calls the plan \u201Ca fine idea,\u201D Reyes dwells on the \u201Ccost\u201D of it.").Speaker);

    [Fact]
    public void A_subject_joined_by_and_goes_on_reporting_the_speaker_before() =>
        Assert.Equal("Mitch Dalton", Last("Headline\n\nTom Reyes and Mitch Dalton spoke.\n\nDalton stated that the plan was \u201Ca fine idea that will bring jobs and money to the harbour towns for years to come\u201D and Reyes was hurt by \u201Cthe cost\u201D of it.").Speaker);

    [Fact]
    public void People_named_in_the_rest_of_the_speakers_sentence_do_not_take_a_later_pronoun() =>
        Assert.Equal("Mitch Dalton", Last("Headline\n\nTom Reyes spoke first.\n\n\u201CWe are ready,\u201D said Mitch Dalton, who backed Tom Reyes over Ana Ortiz and Carl Ruiz.\n\n\u201CWe will win,\u201D he said.").Speaker);

    [Fact]
    public void A_person_opening_a_clause_after_the_speakers_quotation_takes_a_later_pronoun() =>
        Assert.Equal("Ana Ortiz", Last("Headline\n\nAna Ortiz met Nora Quist.\n\nWhen Quist pointed out that the plan was \u201Ctoo costly,\u201D Ortiz seized on the point. \u201CIt is not the same,\u201D she said.").Speaker);

    [Fact]
    public void A_headline_in_capitals_run_into_the_paragraph_is_no_part_of_the_mention() =>
        Assert.Equal(("Tom Reyes", "Harbour Mayor Tom Reyes"), Pick2(Last("Headline\n\nFIVE HURT IN HARBOUR FIRE Harbour Mayor Tom Reyes said the blaze was \u201Cunder control.\u201D")));

    [Fact]
    public void Each_labelled_paragraph_of_a_quoted_transcript_is_its_speakers_quotation()
    {
        var quotes = ArticleExtractor.Extract("Headline\n\nTom Reyes spoke to host Mitch Dalton on Monday. Partial transcript:\n\n"
                                              + "\u201CDALTON: Will you run again?\n\n\u201CREYES: I will run, and I will win.\n\n\u201CCROWD: Four more years!\u201D").Quotes;
        Assert.Equal(new[] { "Mitch Dalton", "Tom Reyes", null }, quotes.Select(q => q.Speaker));
        Assert.StartsWith("REYES:", quotes[1].Text);
    }

    [Fact]
    public void A_transcript_label_the_article_never_names_in_full_is_the_speaker_as_written() =>
        Assert.Equal("Quist", First("Headline\n\nTom Reyes spoke on Monday.\n\n\u201CQUIST: Will you run again?\n\n\u201CREYES: I will.\u201D").Speaker);

    [Fact]
    public void A_description_opening_the_sentence_in_apposition_leaves_the_subject_to_the_name_after_its_comma() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes spoke.\n\nThe Harbour League\u2019s longtime leader, Reyes has won wide support by echoing the \u201Crebuild now\u201D theme.").Speaker);

    [Fact]
    public void An_organisations_report_speaks_for_it_without_a_reporting_verb() =>
        Assert.Equal("Harbour Council", Last("Headline\n\nThe Harbour Council met on Monday.\n\nA 2014 Harbour Council report found the dredging \u201Cfar too costly.\u201D").Speaker);

    [Fact]
    public void An_organisation_that_publishes_findings_speaks_for_them() =>
        Assert.Equal("Harbour Council", Last("Headline\n\nThe Harbour Council met on Monday.\n\nThe Harbour Council found that the dredging was \u201Cfar too costly.\u201D").Speaker);

    [Fact]
    public void An_organisation_that_is_subject_of_any_other_verb_is_no_speaker() =>
        Assert.Null(Last("Headline\n\nThe Harbour Council met on Monday.\n\nThe Harbour Council looked again at the \u201Cdredging plan\u201D on Friday.").Speaker);

    [Fact]
    public void A_verb_after_a_name_ends_a_description_mention() =>
        Assert.Equal("The Harbour Council", Last("Headline\n\nThe Harbour Council met on Monday.\n\nThe Harbour Council released a statement saying the plan was \u201Cdead.\u201D").Mention);

    [Fact]
    public void A_mention_cut_after_a_capitalised_possessor_is_no_description_of_a_titled_person() =>
        Assert.Null(Last("Headline\n\nFormer secretary of State Ana Ortiz spoke on Monday. Ortiz won.\n\nThe Granite State\u2019s independent-minded voters made the race, declaring it \u201Cwide open.\u201D").Speaker);

    [Fact]
    public void The_object_after_a_verb_that_takes_no_inverted_speaker_is_no_speaker() =>
        Assert.NotEqual("Ana Ortiz", First("Headline\n\nNora Quist, who sang \u201Cwe will rise again,\u201D thanked Ana Ortiz for the new harbour wall.").Speaker);

    [Fact]
    public void An_inverted_speaker_may_end_the_clause_with_a_place() =>
        Assert.Equal("Tom Reyes", First("Headline\n\n\u201CThis is fantastic!\u201D beamed Tom Reyes of Dayton, Ohio, who came early.").Speaker);

    [Fact]
    public void A_name_after_a_preposition_in_a_trailing_subject_is_no_speaker() =>
        Assert.Equal("Ana Ortiz", First("Headline\n\nBut even as Ana Ortiz claimed on Monday that \u201Cthe plan is dead,\u201D one of the lawyers for Tom Reyes said the case was different.").Speaker);

    [Fact]
    public void The_subject_of_an_embedded_question_is_no_speaker() =>
        Assert.NotEqual("Tom Reyes", First("Headline\n\nTom Reyes spoke.\n\nAsked if Reyes is \u201Cfit to serve,\u201D most voters agreed.").Speaker);

    [Fact]
    public void The_subject_of_a_clause_a_cue_reports_is_no_speaker() =>
        Assert.NotEqual("Tom Reyes", Last("Headline\n\nTom Reyes spoke.\n\nThe ad, titled \u201CHarbour Lies,\u201D concludes that Reyes is too \u201Creckless\u201D to lead.").Speaker);

    [Fact]
    public void A_speaker_of_an_institute_for_something_is_the_name_before_of() =>
        Assert.Equal("Tom Reyes", First("Headline\n\n\u201CWe cannot build it,\u201D Tom Reyes of the Harbour Institute for Coastal Studies wrote in May.").Speaker);

    [Fact]
    public void A_state_after_its_citys_comma_belongs_to_the_speakers_place() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes of Dayton, Ohio says he thinks the mayor will keep \u201Cdoing what she does.\u201D").Speaker);

    [Fact]
    public void A_name_in_the_quotations_own_words_is_not_who_the_pronoun_after_it_means() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nThe meeting ran late, and Tom Reyes left early.\n\n\u201CMitch Dalton will lose,\u201D he said.").Speaker);

    [Fact]
    public void A_cue_closing_the_sentence_after_a_later_quotation_reports_an_earlier_fragment_too() =>
        Assert.Equal(("Mara Quint", "said"),
            Pick(First("Headline\n\nThe \u201Cfresh start\u201D plan is about \u201Cgiving every town a voice,\u201D Mara Quint said.")));

    [Fact]
    public void A_cue_after_a_quotation_a_colon_introduces_does_not_reach_back_past_the_colon() =>
        Assert.Null(First("Headline\n\nMara Quint spoke.\n\nThe \u201Cfresh start\u201D crowd got this answer: \u201CNo,\u201D Tom Reyes said.").Speaker);

    [Fact]
    public void A_title_word_ending_a_name_is_the_surname_a_later_mention_resolves_to() =>
        Assert.Equal("Laura Bishop", Last("Headline\n\nTrack coach Laura Bishop watched the race.\n\n\u201CWe ran well,\u201D Bishop said.").Speaker);

    [Fact]
    public void A_title_word_surname_before_of_still_ends_the_name() =>
        Assert.Equal("Dale King", Last("Headline\n\nRep. Dale King of Ohio spoke first.\n\n\u201CIt is done,\u201D King said.").Speaker);

    [Fact]
    public void A_title_word_no_person_of_the_article_bears_names_nobody() =>
        Assert.Null(Last("Headline\n\nThe crowd waited.\n\n\u201CWe thank you,\u201D the King said.").Speaker);

    [Fact]
    public void An_ordinal_rank_between_a_service_and_the_name_keeps_the_name_as_speaker() =>
        Assert.Equal("Jacob Merrow", Last("Headline\n\n\u201CWe will be ready,\u201D said Navy 2nd Lt. Jacob Merrow.").Speaker);

    [Fact]
    public void A_bare_surname_of_namesakes_means_the_one_named_in_full_before_it() =>
        Assert.Equal("Laura Dunmore", First("Headline\n\nSenator Laura Dunmore spoke in Dayton on Monday.\n\nDunmore thanked the crowd.\n\n\u201CWe will win,\u201D Dunmore said.\n\nHer husband, Mark Dunmore, stayed home.").Speaker);

    [Fact]
    public void A_namesake_named_as_a_relation_is_not_who_the_bare_surname_means() =>
        Assert.Equal("Laura Dunmore", First("Headline\n\nLaura Dunmore, sister of farmer Mark Dunmore, spoke on Monday.\n\nDunmore thanked the crowd.\n\n\u201CWe will win,\u201D Dunmore said.").Speaker);

    [Fact]
    public void A_fragment_ending_the_sentence_keeps_the_cue_before_it_over_one_opening_the_next() =>
        Assert.Equal(("Mara Quint", "argued"),
            Pick(First("Headline\n\nMara Quint argued that the plan \u201Cwill not work.\u201D Tom Reyes said Friday he disagreed.")));

    [Fact]
    public void A_question_going_on_with_an_inverted_cue_keeps_that_cue() =>
        Assert.Equal(("Tom Reyes", "asked"),
            Pick(First("Headline\n\nIf the vote is close, as Mara Quint believes, \u201Cwhy not count again?\u201D asked Tom Reyes, a local lawyer.")));

    [Fact]
    public void A_fragment_in_the_sentence_after_an_attributed_quotation_goes_on_with_its_speaker() =>
        Assert.Equal("Mara Quint", Last("Headline\n\n\u201CThe mayor means well,\u201D Mara Quint said. Still, \u201Cshe has no plan at all.\u201D").Speaker);

    [Fact]
    public void A_fragment_after_an_attributed_quotation_whose_sentence_names_someone_else_is_not_the_earlier_speakers() =>
        Assert.NotEqual("Mara Quint", Last("Headline\n\n\u201CThe mayor means well,\u201D Mara Quint said. Tom Reyes called it \u201Cnonsense.\u201D").Speaker);

    [Fact]
    public void A_fragment_after_an_attributed_quotation_in_a_new_paragraph_is_not_carried_on() =>
        Assert.Null(Last("Headline\n\n\u201CThe mayor means well,\u201D Mara Quint said.\n\nThe plan is a \u201Cbridge to nowhere\u201D for many.").Speaker);

    [Fact]
    public void A_figure_in_the_organisation_before_a_role_and_name_does_not_hide_the_speaker() =>
        Assert.Equal("Mara Quint", First("Headline\n\n\u201CWe want a raise,\u201D Wages for $20 campaign director Mara Quint told reporters.").Speaker);

    [Fact]
    public void A_description_fits_a_title_by_a_whole_word_only() =>
        Assert.Null(Last("Headline\n\nCouncil President Mara Quint spoke on Monday.\n\n\u201CThe water is bad,\u201D the resident said.").Speaker);

    [Fact]
    public void A_role_word_opening_the_sentence_before_a_given_name_is_a_title_not_part_of_the_name() =>
        Assert.Equal("Laura Quint", Last("Headline\n\nBillionaire Laura Quint toured the plant.\n\n\u201CWe will hire,\u201D Quint said.").Speaker);

    [Theory]
    [InlineData("Tom Reyes on Twitter said the plan was \u201Ca joke.\u201D")]
    [InlineData("Tom Reyes in an interview said the plan was \u201Ca joke.\u201D")]
    [InlineData("Tom Reyes at a rally in Dayton said the plan was \u201Ca joke.\u201D")]
    public void A_phrase_between_the_speaker_and_the_cue_is_not_the_speaker(string sentence) =>
        Assert.Equal(("Tom Reyes", "said"), Pick(Last("Headline\n\nLaura Quint spoke first.\n\n" + sentence)));

    [Fact]
    public void A_preposition_inside_an_organisations_name_before_the_speaker_keeps_the_speaker() =>
        Assert.Equal("Laura Quint", Last("Headline\n\nThe Council on Harbour Affairs Executive Director Laura Quint says the plan is \u201Ca joke.\u201D").Speaker);

    [Fact]
    public void Two_roles_joined_by_and_before_a_name_open_the_speakers_mention() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nLaura Quint spoke first.\n\nFormer prosecutor and Dayton Mayor Tom Reyes trashed the report, calling it a \u201Cjoke.\u201D").Speaker);

    [Fact]
    public void A_definite_description_of_a_position_refers_back_like_a_pronoun() =>
        Assert.Equal("Tom Reyes", Last("Headline\n\nTom Reyes toured the harbour on Monday.\n\n\u201CWe will build it,\u201D the Ohio businessman said.").Speaker);

    [Fact]
    public void A_description_of_an_office_is_not_a_person_titled_with_another() =>
        Assert.Null(Last("Headline\n\nGov. Tom Reyes toured the harbour on Monday.\n\n\u201CWe will build it,\u201D the Ohio senator said.").Speaker);

    private static (string?, string?) Pick2((string? Speaker, string? Mention, string? Cue) q) => (q.Speaker, q.Mention);

    private static (string?, string?) Pick((string? Speaker, string? Mention, string? Cue) q) => (q.Speaker, q.Cue);

    [Fact]
    public void A_surname_that_is_a_common_word_names_its_person_before_a_verb() =>
        Assert.Equal("Martin From",
            Last("Headline\n\nMartin From, who chairs the Halden council, spoke on Monday.\n\n\u201CWe will rebuild the bridge,\u201D From said.").Speaker);

    [Fact]
    public void A_common_word_before_the_words_it_governs_is_no_surname() =>
        Assert.Equal("Martin From",
            Last("Headline\n\nMartin From, who chairs the Halden council, spoke on Monday. From the start he was calm.\n\n\u201CWe will rebuild the bridge,\u201D he said.").Speaker);

    [Fact]
    public void A_name_after_the_cue_reads_on_past_its_particle() =>
        Assert.Equal("Rodrigo de Almeida",
            Last("Headline\n\n\u201CThe port will reopen,\u201D said Rodrigo de Almeida, a harbour engineer from Halden.").Speaker);

    [Fact]
    public void A_surname_that_is_a_common_word_names_its_person_next_to_a_reporting_verb() =>
        Assert.Equal("Ox From",
            Last("Headline\n\n\u201CThe bridge comes first,\u201D said Ox From, who chairs the Halden council.\n\n\u201CThen the road,\u201D From said.").Speaker);

    [Fact]
    public void She_refers_to_a_person_whose_apposition_names_a_trade_though_her_given_name_is_unlisted() =>
        Assert.Equal("Ketevan Orbeli",
            Last("Headline\n\nA reporter for the Halden Courier called it \u201Cchaos.\u201D\n\nKetevan Orbeli, a Georgian journalist on holiday, told the Halden Courier that she saw the crash.\n\n\u201CPeople were running,\u201D she said.").Speaker);
}
