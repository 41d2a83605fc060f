using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// A month named without a day after a time preposition: "in April", "since March", "by June", "in April of 2024".
/// Its year comes from the tense, as for weekdays: the latest such month up to the published one for the past
/// ("was set up in April"), the next from the published one on for the future ("will open in April").
/// </summary>
internal static class BareMonths
{
    private static readonly SliceSet Prepositions = new(new[]
    {
        "in", "since", "by", "until", "till", "before", "after", "during", "through", "from", "early", "late", "throughout",
    }, ignoreCase: true);

    public static int? TryRead(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        if (index == 0 || !tokens[index].SpaceBefore || !tokens[index - 1].IsWord || !Prepositions.Contains(document, tokens[index - 1])
            || !MonthNames.TryGet(document, tokens[index], out var month, out var abbreviated))
            return null;
        var end = abbreviated && DateWords.IsPunct(document, index + 1, '.') && !tokens[index + 1].SpaceBefore ? index + 1 : index;

        // "in April of 2024"
        if (DateWords.IsWord(document, end + 1, "of") && end + 2 < tokens.Count
            && DateWords.Year(document, tokens[end + 2]) is var year and > 0 && DateWords.CanEndYear(document, end + 2))
        {
            mentions.Add(tokens[index].Start, tokens[end + 2].End, year, month, null);
            return end + 3;
        }

        int? resolved = null;
        if (mentions.Published is { } published)
        {
            resolved = TenseDetector.OfOrDeadline(document, index) == Tense.Future
                ? (month >= published.Month ? published.Year : published.Year + 1)
                : (month <= published.Month ? published.Year : published.Year - 1);
        }
        // The dot of "in Nov." may end the sentence: the mention stops at the name.
        mentions.Add(tokens[index].Start, tokens[index].End, resolved is { } y ? SafeCalendar.Year(y) : null, month, null);
        return end + 1;
    }
}
