using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// A year on its own is a Year-only mention after a preposition that takes a time ("in 2016", "since 1998",
/// "the first quarter of 2026", "by 2030"), and after "to"/"and"/"or" that continue a year just read ("from 2016
/// to 2020"). Elsewhere a four-digit number is a quantity or a modifier: "the 2016 campaign", "2016 people".
/// </summary>
internal static class BareYears
{
    private static readonly SliceSet Prepositions = new(new[]
    {
        "in", "since", "of", "by", "until", "till", "before", "after", "from", "through", "during", "throughout",
        "between", "circa", "early", "late", "mid",
    }, ignoreCase: true);

    private static readonly SliceSet Continuations = new(new[] { "to", "and", "or", "through", "until" }, ignoreCase: true);

    public static int? TryRead(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        var year = DateWords.Year(document, tokens[index]);
        if (year < 0 || index == 0 || !tokens[index].SpaceBefore || !tokens[index - 1].IsWord || !DateWords.CanEndYear(document, index))
            return null;
        var before = tokens[index - 1];
        var continues = Continuations.Contains(document, before) && index >= 2 && mentions.LastEnd == tokens[index - 2].End;
        if (!Prepositions.Contains(document, before) && !continues)
            return null;
        mentions.Add(tokens[index].Start, tokens[index].End, year, null, null);
        return index + 1;
    }
}
