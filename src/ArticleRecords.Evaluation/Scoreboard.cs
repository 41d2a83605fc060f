using System;
using System.Collections.Generic;

namespace ArticleRecords.Evaluation;

/// <summary>Counts that add up over articles, and the figures the README defines from them.</summary>
internal sealed class Scoreboard
{
    public int GoldQuotes { get; private set; }

    public int MatchedGold { get; private set; }

    public int ExtractedWithSpeaker { get; private set; }

    public int MatchedWithSpeaker { get; private set; }

    public int ExtractedWithoutSpeaker { get; private set; }

    public int SpeakerJudged { get; private set; }

    public int SpeakerCorrect { get; private set; }

    /// <summary>Diagnostic: matched quotes whose Speaker holds the gold Source's head name (see <see cref="SpeakerJudge.HeadNamedWord"/>).</summary>
    public int SpeakerHeadCorrect { get; private set; }

    /// <summary>Matched quotes a speaker equal to the gold Source's head name would get right by the rule: the rule's ceiling.</summary>
    public int SpeakerCeiling { get; private set; }

    public List<Miss> Misses { get; } = new();

    public double Precision => Ratio(MatchedWithSpeaker, ExtractedWithSpeaker);

    public double Recall => Ratio(MatchedGold, GoldQuotes);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SpeakerAccuracy => Ratio(SpeakerCorrect, SpeakerJudged);

    public double SpeakerHeadAccuracy => Ratio(SpeakerHeadCorrect, SpeakerJudged);

    public double SpeakerCeilingAccuracy => Ratio(SpeakerCeiling, SpeakerJudged);

    /// <summary>Scores one article's extracted quotes against its gold quotes.</summary>
    public void Add(string article, string text, IReadOnlyList<GoldQuote> gold, IReadOnlyList<ExtractedQuoteSpan> extracted)
    {
        var spans = new List<(int, int)>(extracted.Count);
        foreach (var quote in extracted)
            spans.Add((quote.Start, quote.End));
        var matches = QuoteMatcher.Match(gold, spans);

        var goldMatched = new bool[gold.Count];
        var extractedMatched = new bool[extracted.Count];
        foreach (var match in matches)
        {
            goldMatched[match.GoldIndex] = true;
            extractedMatched[match.ExtractedIndex] = true;
            var quote = extracted[match.ExtractedIndex];
            if (quote.Speaker is not null)
                MatchedWithSpeaker++;
            var goldQuote = gold[match.GoldIndex];
            if (SpeakerJudge.NamedWord(goldQuote.Source) is not { } named)
                continue;
            SpeakerJudged++;
            if (SpeakerJudge.HeadNameSatisfiesRule(goldQuote.Source))
                SpeakerCeiling++;
            if (SpeakerJudge.HeadNamedWord(goldQuote.Source) is { } head && SpeakerJudge.IsCorrect(head, quote.Speaker))
                SpeakerHeadCorrect++;
            var headRight = SpeakerJudge.HeadNamedWord(goldQuote.Source) is { } headWord && SpeakerJudge.IsCorrect(headWord, quote.Speaker);
            if (SpeakerJudge.IsCorrect(named, quote.Speaker))
                SpeakerCorrect++;
            else
                Misses.Add(new Miss(MissKind.WrongSpeaker, article, quote.Start, quote.Text, goldQuote.Source, quote.Speaker, quote.Mention)
                {
                    HeadNameRight = headRight,
                    Cue = quote.Cue,
                    Partial = quote.Partial,
                    Context = Around(text, quote.Start, quote.End),
                });
        }

        GoldQuotes += gold.Count;
        MatchedGold += matches.Count;
        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldMatched[g])
                Misses.Add(new Miss(MissKind.NotFound, article, gold[g].Start, Slice(text, gold[g].Start, gold[g].End), gold[g].Source, null));
        }
        for (var e = 0; e < extracted.Count; e++)
        {
            if (extracted[e].Speaker is null)
            {
                ExtractedWithoutSpeaker++;
                continue;
            }
            ExtractedWithSpeaker++;
            if (!extractedMatched[e])
                Misses.Add(new Miss(MissKind.Spurious, article, extracted[e].Start, extracted[e].Text, null, extracted[e].Speaker));
        }
    }

    // The quote's paragraph and the one before, so a study can see the cue and what came before.
    private static string Around(string text, int start, int end)
    {
        var from = Math.Max(0, Math.Min(start, text.Length) - 1);
        for (var breaks = 0; from > 0; from--)
        {
            if (text[from - 1] == '\n' && ++breaks == 2)
                break;
        }
        var to = text.IndexOf('\n', Math.Min(end, text.Length));
        return text.Substring(from, (to < 0 ? text.Length : to) - from);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static string Slice(string text, int start, int end) =>
        text.Substring(Math.Min(start, text.Length), Math.Max(0, Math.Min(end, text.Length) - Math.Min(start, text.Length)));
}
