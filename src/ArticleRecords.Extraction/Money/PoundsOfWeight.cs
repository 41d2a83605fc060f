using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Money;

/// <summary>Tells "10 pounds of flour" (weight) from "10 pounds" (sterling).</summary>
internal static class PoundsOfWeight
{
    private static readonly SliceSet WeightVerbs = new(new[]
    {
        "weigh", "weighs", "weighed", "weighing", "weight", "weights", "lose", "lost", "losing", "gain", "gained", "gaining", "shed",
    }, ignoreCase: true);

    private static readonly SliceSet WeightFollowers = new(new[]
    {
        "heavier", "lighter", "overweight", "underweight", "per", "each",
    }, ignoreCase: true);

    // After "of", these make "pounds of X" money again: "2 million pounds of funding".
    private static readonly SliceSet MoneyNouns = new(new[]
    {
        "funding", "investment", "investments", "debt", "debts", "cash", "aid", "spending", "revenue", "revenues", "sales",
        "savings", "cuts", "losses", "damages", "taxpayers", "taxpayers'", "public", "government", "bonds", "assets",
        "profit", "profits", "income", "capital", "loans", "grants", "fines", "tax", "taxes", "money", "contracts",
    }, ignoreCase: true);

    public static bool Applies(ArticleDocument document, AmountCore core, int next)
    {
        var tokens = document.Tokens;
        if (next < tokens.Count && tokens[next].IsWord)
        {
            if (document.Is(tokens[next], "of", true))
                return !(next + 1 < tokens.Count && MoneyNouns.Contains(document, tokens[next + 1]));
            if (WeightFollowers.Contains(document, tokens[next]))
                return true;
        }
        if (core.HasScale)
            return false;
        // A weighing verb just before: "weighed 10 pounds", "lost 30 pounds".
        for (var i = core.First - 1; i >= 0 && i >= core.First - 3; i--)
        {
            if (tokens[i].IsWord && WeightVerbs.Contains(document, tokens[i]))
                return true;
        }
        return false;
    }
}
