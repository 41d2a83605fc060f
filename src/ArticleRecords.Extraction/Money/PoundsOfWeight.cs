using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Money;

/// <summary>Tells "10 pounds of flour" (weight) from "10 pounds" (sterling).</summary>
internal static class PoundsOfWeight
{
    private static readonly HashSet<string> WeightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "weigh", "weighs", "weighed", "weighing", "weight", "weights", "lose", "lost", "losing", "gain", "gained", "gaining", "shed",
    };

    private static readonly HashSet<string> WeightFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "heavier", "lighter", "overweight", "underweight", "per", "each",
    };

    // After "of", these make "pounds of X" money again: "2 million pounds of funding".
    private static readonly HashSet<string> MoneyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "funding", "investment", "investments", "debt", "debts", "cash", "aid", "spending", "revenue", "revenues", "sales",
        "savings", "cuts", "losses", "damages", "taxpayers", "taxpayers'", "public", "government", "bonds", "assets",
        "profit", "profits", "income", "capital", "loans", "grants", "fines", "tax", "taxes", "money", "contracts",
    };

    public static bool Applies(ArticleDocument document, AmountCore core, int next)
    {
        var tokens = document.Tokens;
        if (next < tokens.Length && tokens[next].IsWord)
        {
            if (document.Is(tokens[next], "of", true))
                return !(next + 1 < tokens.Length && MoneyNouns.Contains(document.TextOf(tokens[next + 1])));
            if (WeightFollowers.Contains(document.TextOf(tokens[next])))
                return true;
        }
        if (core.HasScale)
            return false;
        // A weighing verb just before: "weighed 10 pounds", "lost 30 pounds".
        for (var i = core.First - 1; i >= 0 && i >= core.First - 3; i--)
        {
            if (tokens[i].IsWord && WeightVerbs.Contains(document.TextOf(tokens[i])))
                return true;
        }
        return false;
    }
}
