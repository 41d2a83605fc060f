using System;
using System.Collections.Generic;

namespace ArticleRecords.Evaluation;

/// <summary>A pairing of one gold quote with one extracted quote.</summary>
internal readonly record struct QuoteMatch(int GoldIndex, int ExtractedIndex);

/// <summary>
/// One-to-one matching: an extracted quote matches a gold quote when their overlap covers at
/// least half of the gold segment. Pairs are taken greedily, largest overlap first.
/// </summary>
internal static class QuoteMatcher
{
    public static List<QuoteMatch> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<(int Start, int End)> extracted)
    {
        var candidates = new List<(int Overlap, int Gold, int Extracted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var e = 0; e < extracted.Count; e++)
            {
                var overlap = Math.Min(gold[g].End, extracted[e].End) - Math.Max(gold[g].Start, extracted[e].Start);
                if (overlap > 0 && 2 * overlap >= gold[g].Length)
                    candidates.Add((overlap, g, e));
            }
        }
        candidates.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Extracted.CompareTo(b.Extracted));

        var goldTaken = new bool[gold.Count];
        var extractedTaken = new bool[extracted.Count];
        var matches = new List<QuoteMatch>();
        foreach (var (_, g, e) in candidates)
        {
            if (goldTaken[g] || extractedTaken[e])
                continue;
            goldTaken[g] = extractedTaken[e] = true;
            matches.Add(new QuoteMatch(g, e));
        }
        return matches;
    }
}
