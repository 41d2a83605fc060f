using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Evaluation;

namespace ArticleRecords.Extraction.Tests.Quotes.Scoring;

public class ScoringTests
{
    // 0         1         2         3         4         5         6
    // 0123456789012345678901234567890123456789012345678901234567890123
    private const string Text = "\u201CWe won,\u201D Smith said. He called it \"a \u201Cbig\u201D day\" and left.";

    private const string Annotations =
        "T1\tSource 10 15\tSmith\n" +
        "T2\tCue 16 20\tsaid\n" +
        "T3\tContent 0 9\t\u201CWe won,\u201D\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tSource 22 24\tHe\n" +
        "T6\tContent 35 36;36 55\tx\n" +
        "T7\tCue 25 31\tcalled\n" +
        "E2\tAttribution:T8 Content:T6 Cue:T7 Source:T5\n";

    [Fact]
    public void Parses_spans_with_fragments_and_attribution_relations()
    {
        var annotations = BratAnnotations.Parse(Annotations);
        Assert.Equal("Content", annotations.Spans["T3"].Label);
        Assert.Equal(new[] { new SpanFragment(0, 9) }, annotations.Spans["T3"].Fragments);
        Assert.Equal(2, annotations.Attributions.Count);
        Assert.Equal(new BratAttribution("T3", "T1", "T2"), annotations.Attributions[0]);
    }

    [Fact]
    public void Skips_malformed_span_lines()
    {
        var annotations = BratAnnotations.Parse("T1\tContent 5 x\tbad\nT2\tContent 9 4\tbackwards\nT3\tSource 1 2\tok\n");
        Assert.Equal(new[] { "T3" }, annotations.Spans.Keys.ToArray());
    }

    [Fact]
    public void Gold_quotes_are_the_innermost_pairs_of_double_marks_inside_content()
    {
        var gold = GoldQuoteReader.Read(Text, BratAnnotations.Parse(Annotations));
        // "We won," from T3; T6's second fragment holds the curly pair at 38 and 42 (its straight mark at 47 never closes).
        Assert.Equal(new[] { (1, 8, "Smith"), (39, 42, "He") }, gold.Select(q => (q.Start, q.End, q.Source!)).ToArray());
    }

    [Fact]
    public void A_quote_matches_when_its_overlap_covers_half_the_gold_segment()
    {
        var gold = new List<GoldQuote> { new(10, 20, null) };
        Assert.Single(QuoteMatcher.Match(gold, new[] { (15, 30) }));
        Assert.Empty(QuoteMatcher.Match(gold, new[] { (16, 30) }));
    }

    [Fact]
    public void Matching_is_one_to_one_and_prefers_the_larger_overlap()
    {
        var gold = new List<GoldQuote> { new(0, 10, null), new(12, 20, null) };
        var matches = QuoteMatcher.Match(gold, new[] { (0, 20), (13, 20) });
        Assert.Equal(new[] { new QuoteMatch(0, 0), new QuoteMatch(1, 1) }, matches.OrderBy(m => m.GoldIndex).ToArray());
        Assert.Single(QuoteMatcher.Match(gold, new[] { (0, 20) }));
    }

    [Theory]
    [InlineData("Sen. Maria Alvarez", "Alvarez")]
    [InlineData("Trump\u2019s campaign", "Trump")]
    [InlineData("He", null)]
    [InlineData("the senator", null)]
    [InlineData("The White House spokesman", "House")]
    public void The_named_word_is_the_last_capitalised_non_pronoun(string source, string? expected) =>
        Assert.Equal(expected, SpeakerJudge.NamedWord(source));

    [Theory]
    [InlineData("Cecile Richards, president of Planned Parenthood", "Richards")]
    [InlineData("Sen. Barbara Mikulski of Maryland", "Mikulski")]
    [InlineData("Rep. Earl Blumenauer (D-Ore.)", "Blumenauer")]
    [InlineData("a professor at Michigan State University", "University")]
    public void The_diagnostic_head_name_ignores_appositives(string source, string expected) =>
        Assert.Equal(expected, SpeakerJudge.HeadNamedWord(source));

    [Theory]
    [InlineData("Sen. Maria Alvarez", true)]
    [InlineData("Mayor Tom Reyes of Dayton", false)]
    [InlineData("Sen. Maria Alvarez (D-Ore.)", false)]
    [InlineData("Tom Reyes, Alvarez\u2019s campaign manager,", false)]
    [InlineData("the Alvarez campaign", true)]
    [InlineData("She", false)]
    public void The_rules_ceiling_counts_sources_whose_head_name_the_rule_accepts(string source, bool expected) =>
        Assert.Equal(expected, SpeakerJudge.HeadNameSatisfiesRule(source));

    [Fact]
    public void The_scoreboard_gives_the_rules_ceiling_over_the_judged_quotes()
    {
        var board = new Scoreboard();
        var gold = new List<GoldQuote> { new(1, 8, "Smith (R-Ohio)"), new(39, 42, "Mayor Smith") };
        board.Add("a", Text, gold, new[] { new ExtractedQuoteSpan(1, 8, "John Smith", "We won,"), new ExtractedQuoteSpan(39, 42, null, "big") });
        Assert.Equal(2, board.SpeakerJudged);
        Assert.Equal(1, board.SpeakerCeiling);
        Assert.Equal(0.5, board.SpeakerCeilingAccuracy);
        Assert.Equal(0.0, board.SpeakerAccuracy);
        Assert.Equal(0.5, board.SpeakerHeadAccuracy);
    }

    [Fact]
    public void A_speaker_is_right_when_it_contains_the_named_word_ignoring_case()
    {
        Assert.True(SpeakerJudge.IsCorrect("trump", "Donald Trump"));
        Assert.False(SpeakerJudge.IsCorrect("Trump", "Hillary Clinton"));
        Assert.False(SpeakerJudge.IsCorrect("Trump", null));
    }

    [Fact]
    public void The_scoreboard_counts_precision_over_quotes_with_a_speaker_only()
    {
        var board = new Scoreboard();
        var gold = new List<GoldQuote> { new(1, 8, "Smith"), new(39, 42, "He"), new(50, 60, "Jones") };
        board.Add("a", Text + new string(' ', 10), gold, new[]
        {
            new ExtractedQuoteSpan(1, 8, "John Smith", "We won,"),
            new ExtractedQuoteSpan(39, 42, null, "big"),
            new ExtractedQuoteSpan(20, 30, "Nobody", "x"),
        });
        Assert.Equal(0.5, board.Precision);
        Assert.Equal(2.0 / 3, board.Recall, 6);
        Assert.Equal(1.0, board.SpeakerAccuracy);
        Assert.Equal(1, board.ExtractedWithoutSpeaker);
        Assert.Equal(new[] { MissKind.NotFound, MissKind.Spurious }, board.Misses.Select(m => m.Kind).ToArray());
    }

    [Fact]
    public void One_annotation_file_per_article_the_first_in_ordinal_order() =>
        Assert.Equal(
            new[] { "x/a_b_0001.ann", "x/c_0001.ann" },
            AnnotationFiles.OnePerArticle(new[] { "x/c_0001.ann", "x/a_b_0002.ann", "x/a_b_0001.ann" }).Values.ToArray());

    [Fact]
    public void Reads_publication_dates_by_file_name() =>
        Assert.Equal(
            new CalendarDate(2015, 11, 16),
            CorpusMetadata.ReadPublicationDates("compartment\tfilename\tpublication_date\ntrain\tx\t2015-11-16\n")["x"]);
}
