using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// Dates written with a month name: "Nov. 7", "November 7th, 2025", "7 November 2025", "the 7th of November",
/// "the seventh of November", "November 2025", and day ranges "Nov. 6-7", "6-7 November", "Nov. 6 to 12".
/// </summary>
internal static class CalendarDates
{
    /// <summary>At a month name: "Nov. 7", "Nov. 7, 2025", "November 2025", "Nov. 6-7".</summary>
    public static int? TryMonthFirst(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        if (!MonthNames.TryGet(document, tokens[index], out var month, out var abbreviated)
            || (month == 5 && DateWords.FollowsName(document, index)))
            return null;
        var next = index + 1;
        if (abbreviated && DateWords.IsPunct(document, next, '.') && !tokens[next].SpaceBefore)
            next++;
        if (next >= tokens.Count || !tokens[next].SpaceBefore || !document.SameParagraph(index, next))
            return null;

        var year = DateWords.Year(document, tokens[next]);
        if (year > 0)
        {
            if (!DateWords.CanEndYear(document, next))
                return null;
            mentions.Add(tokens[index].Start, tokens[next].End, year, month, null);
            return next + 1;
        }

        var day = DateWords.Digits(document, tokens[next], 2);
        if (day < 1 || !YearResolver.CanExist(month, day) || DateWords.IsQuantityOrTime(document, next))
            return null;
        var dayEnd = DateWords.IsOrdinalSuffix(document, next + 1) ? next + 1 : next;
        var after = dayEnd + 1;

        // A second day: "Nov. 6-7", "Nov. 6 to 12." (not "Nov. 6 to 12 people").
        var secondDay = -1;
        var secondIndex = -1;
        if (after + 1 < tokens.Count
            && (DateWords.IsRangeDash(document, after) || DateWords.IsWord(document, after, "to") || DateWords.IsWord(document, after, "through")))
        {
            var candidate = DateWords.Digits(document, tokens[after + 1], 2);
            var candidateEnd = DateWords.IsOrdinalSuffix(document, after + 2) ? after + 2 : after + 1;
            var dashed = DateWords.IsRangeDash(document, after);
            if (candidate > day && YearResolver.CanExist(month, candidate) && !DateWords.IsQuantityOrTime(document, after + 1)
                && (dashed || candidateEnd + 1 >= tokens.Count || tokens[candidateEnd + 1].IsPunctuation))
            {
                secondDay = candidate;
                secondIndex = after + 1;
                after = candidateEnd + 1;
            }
        }

        var yearIndex = FindYearAfter(document, after);
        int? resolved = yearIndex >= 0 ? DateWords.Year(document, tokens[yearIndex]) : YearResolver.Nearest(month, day, mentions.Published);
        if (yearIndex >= 0 && !CalendarDate.IsValid(resolved!.Value, month, day))
            return null;

        var firstEnd = secondIndex < 0 && yearIndex >= 0 ? tokens[yearIndex].End : tokens[dayEnd].End;
        mentions.Add(tokens[index].Start, firstEnd, resolved, month, day);
        if (secondIndex >= 0)
        {
            var secondEndToken = DateWords.IsOrdinalSuffix(document, secondIndex + 1) ? secondIndex + 1 : secondIndex;
            int? secondYear = yearIndex >= 0 ? resolved : YearResolver.Nearest(month, secondDay, mentions.Published);
            var secondEnd = yearIndex >= 0 ? tokens[yearIndex].End : tokens[secondEndToken].End;
            mentions.Add(tokens[secondIndex].Start, secondEnd, secondYear, month, secondDay);
        }
        return (yearIndex >= 0 ? yearIndex : after - 1) + 1;
    }

    /// <summary>At a number: "7 November", "7th of November 2025", "6-7 November", "13th to 15th July".</summary>
    public static int? TryDayFirst(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        var day = DateWords.Digits(document, tokens[index], 2);
        if (day < 1 || DateWords.FollowsCurrency(document, index) || DateWords.GluedToNumberPunctuation(document, index))
            return null;

        // "6-7 November", "13th to 15th July": the first day borrows the second's month.
        var firstEnd = DateWords.IsOrdinalSuffix(document, index + 1) ? index + 1 : index;
        var connector = firstEnd + 1;
        if ((DateWords.IsRangeDash(document, connector) || DateWords.IsWord(document, connector, "to") || DateWords.IsWord(document, connector, "through"))
            && connector + 1 < tokens.Count
            && DateWords.Digits(document, tokens[connector + 1], 2) is var second and > 0 && second > day
            && ReadDayMonth(document, connector + 1, second, mentions, out var rangeMonth, out var rangeYear, out var rangeNext))
        {
            mentions.Add(tokens[index].Start, tokens[firstEnd].End, rangeYear ?? YearResolver.Nearest(rangeMonth, day, mentions.Published), rangeMonth, day);
            return Add(document, mentions, connector + 1, rangeNext, rangeYear, rangeMonth, second);
        }

        return ReadDayMonth(document, index, day, mentions, out var month, out var year, out var next)
            ? Add(document, mentions, index, next, year, month, day)
            : null;
    }

    /// <summary>At an ordinal word: "the seventh of November".</summary>
    public static int? TryOrdinalWord(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        if (!DateWords.TryOrdinalWord(document, tokens[index], out var day)
            || !DateWords.IsWord(document, index + 1, "of")
            || index + 2 >= tokens.Count
            || !MonthNames.TryGet(document, tokens[index + 2], out var month, out _)
            || !YearResolver.CanExist(month, day))
            return null;
        var next = index + 3;
        var end = index + 2;
        int? year = null;
        var yearIndex = FindYearAfter(document, SkipAbbreviationDot(document, index + 2, next));
        if (yearIndex >= 0)
        {
            year = DateWords.Year(document, tokens[yearIndex]);
            end = yearIndex;
            next = yearIndex + 1;
        }
        if (year is { } y && !CalendarDate.IsValid(y, month, day))
            return null;
        mentions.Add(tokens[index].Start, tokens[end].End, year ?? YearResolver.Nearest(month, day, mentions.Published), month, day);
        return next;
    }

    // Reads "[th] [of] Month[.] [[,] Year]" after the day at dayIndex; next is the token after the last one read.
    private static bool ReadDayMonth(ArticleDocument document, int dayIndex, int day, DateMentions mentions, out int month, out int? year, out int next)
    {
        var tokens = document.Tokens;
        month = 0;
        year = null;
        next = dayIndex + 1;
        var ordinal = DateWords.IsOrdinalSuffix(document, next);
        if (ordinal)
            next++;
        if (ordinal && DateWords.IsWord(document, next, "of"))
            next++;
        if (next >= tokens.Count || !tokens[next].SpaceBefore || !document.SameParagraph(dayIndex, next)
            || !MonthNames.TryGet(document, tokens[next], out month, out _) || !YearResolver.CanExist(month, day))
            return false;
        var monthIndex = next;
        next++;
        var yearIndex = FindYearAfter(document, SkipAbbreviationDot(document, monthIndex, next));
        if (yearIndex >= 0)
        {
            year = DateWords.Year(document, tokens[yearIndex]);
            if (!CalendarDate.IsValid(year.Value, month, day))
                return false;
            next = yearIndex + 1;
        }
        return true;
    }

    private static int Add(ArticleDocument document, DateMentions mentions, int first, int next, int? year, int month, int day)
    {
        var tokens = document.Tokens;
        mentions.Add(tokens[first].Start, tokens[next - 1].End, year ?? YearResolver.Nearest(month, day, mentions.Published), month, day);
        return next;
    }

    private static int SkipAbbreviationDot(ArticleDocument document, int monthIndex, int next) =>
        DateWords.IsPunct(document, next, '.') && !document.Tokens[next].SpaceBefore
        && MonthNames.TryGet(document, document.Tokens[monthIndex], out _, out var abbreviated) && abbreviated
            ? next + 1
            : next;

    // ", 2025" or " 2025" at index, in the same paragraph: the year's token index, or -1.
    private static int FindYearAfter(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        if (index < tokens.Count && DateWords.IsPunct(document, index, ',') && !tokens[index].SpaceBefore)
            index++;
        if (index >= tokens.Count || !tokens[index].SpaceBefore || tokens[index].LineBreakBefore)
            return -1;
        return DateWords.Year(document, tokens[index]) > 0 && DateWords.CanEndYear(document, index) ? index : -1;
    }
}
