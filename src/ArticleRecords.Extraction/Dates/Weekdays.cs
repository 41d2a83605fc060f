using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// A weekday on its own ("on Tuesday", "Friday's vote"), resolved against the published date in the direction
/// of the clause's tense. "last/next/this Tuesday" are read by <see cref="RelativeDates"/>.
/// </summary>
internal static class Weekdays
{
    public static int? TryRead(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        var token = tokens[index];
        var length = DateMentions.LengthWithoutPossessive(document, token);
        if (!WeekdayNames.TryGet(document.Text, token.Start, length, out var day))
            return null;
        var next = index + 1;
        if (next < tokens.Count && tokens[next].IsWord
            && (WeekdayNames.IsTitleWord(document, tokens[next]) || document.Is(tokens[next], "school")))
            return next + 1;
        // "Tuesday, Nov. 7": the calendar date that follows says it all; let it be the mention.
        var after = DateWords.IsPunct(document, next, ',') ? next + 1 : next;
        if (after < tokens.Count && (IsMonth(document, after) || (tokens[after].IsNumber && IsMonth(document, after + 1))))
            return after;

        var date = WeekdayResolver.Resolve(day, mentions.Published, TenseDetector.OfOrDeadline(document, index), strict: false);
        mentions.Add(token.Start, token.Start + length, date?.Year, date?.Month, date?.Day);
        return index + 1;
    }

    private static bool IsMonth(ArticleDocument document, int index) =>
        index < document.Tokens.Count && document.Tokens[index].IsWord && MonthNames.TryGet(document, document.Tokens[index], out _, out _);
}
