using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// Dates that are only known against the published date: "today", "yesterday", "tomorrow", "last month",
/// "next year", "this November", "last Tuesday", "three weeks ago". Only what is known is set: "next year"
/// sets the year alone, and with no published date nothing but a named month is set.
/// </summary>
internal static class RelativeDates
{
    private static readonly SliceTable<int> DayWords = new(new Dictionary<string, int>
    {
        ["today"] = 0, ["tonight"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1,
    }, ignoreCase: true);

    /// <summary>The words that name a day by itself: "today", "tonight", "yesterday", "tomorrow".</summary>
    public static IEnumerable<string> DayWordList => DayWords.Entries.Select(entry => entry.Key);

    /// <summary>The words that count a date from the published one: "last", "next", "this".</summary>
    public static IReadOnlyList<string> ModifierList { get; } = new[] { "last", "next", "this" };

    /// <summary>"today", "Yesterday's", "the day after tomorrow": the mention covers the words without a possessive.</summary>
    public static bool TryDayWord(ArticleDocument document, int index, DateMentions mentions)
    {
        var token = document.Tokens[index];
        var length = DateMentions.LengthWithoutPossessive(document, token);
        // "USA Today", "NBC's Today show": titles.
        if (!DayWords.TryGetValue(document.Text, token.Start, length, out var offset) || DateWords.IsWord(document, index - 1, "USA")
            || (char.IsUpper(document.FirstChar(token)) && (DateWords.IsWord(document, index + 1, "show") || DateWords.IsWord(document, index + 1, "programme"))))
            return false;
        var start = token.Start;
        // "the day before yesterday", "the day after tomorrow": one more day out, and the mention says so.
        if (offset != 0 && index >= 2 && DateWords.IsWord(document, index - 2, "day")
            && DateWords.IsWord(document, index - 1, offset < 0 ? "before" : "after"))
        {
            offset *= 2;
            start = document.Tokens[index - 2].Start;
        }
        var date = SafeCalendar.AddDays(mentions.Published, offset);
        mentions.Add(start, token.Start + length, date?.Year, date?.Month, date?.Day);
        return true;
    }

    /// <summary>"last month", "next year", "this week" (not read), "last November", "next Tuesday".</summary>
    public static int? TryModified(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        var direction = DateWords.IsWord(document, index, "last") ? -1
            : DateWords.IsWord(document, index, "next") ? 1
            : DateWords.IsWord(document, index, "this") ? 0
            : (int?)null;
        if (direction is not { } dir || index + 1 >= tokens.Count || !tokens[index + 1].IsWord || tokens[index + 1].LineBreakBefore)
            return null;
        // "the next year", "that last month": counted from the story's own time, not from the published date.
        if (index > 0 && (DateWords.IsWord(document, index - 1, "the") || DateWords.IsWord(document, index - 1, "that")
                          || DateWords.IsWord(document, index - 1, "a") || DateWords.IsWord(document, index - 1, "every")))
            return null;

        var target = tokens[index + 1];
        var length = DateMentions.LengthWithoutPossessive(document, target);
        var start = tokens[index].Start;
        var end = target.Start + length;
        var published = mentions.Published;
        if (IsWord(document.Text, target.Start, length, "year"))
        {
            mentions.Add(start, end, published is { } p ? SafeCalendar.Year(p.Year + dir) : null, null, null);
            return index + 2;
        }
        if (IsWord(document.Text, target.Start, length, "month"))
        {
            var month = SafeCalendar.AddMonths(published, dir);
            mentions.Add(start, end, month?.Year, month?.Month, null);
            return index + 2;
        }
        if (MonthNames.TryGet(document.Text, target.Start, length, out var named, out var abbreviated) && !abbreviated)
        {
            mentions.Add(start, end, YearResolver.ForMonth(named, dir, published), named, null);
            return index + 2;
        }
        if (WeekdayNames.TryGet(document.Text, target.Start, length, out var day))
        {
            var date = WeekdayResolver.Resolve(day, published, dir > 0 ? Tense.Future : dir < 0 ? Tense.Past : TenseDetector.Of(document, index + 1), strict: dir != 0);
            mentions.Add(start, end, date?.Year, date?.Month, date?.Day);
            return index + 2;
        }
        return null;
    }

    /// <summary>"three days ago", "a year ago", "18 months ago".</summary>
    public static int? TryAgo(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        int count, unit;
        if (tokens[index].IsNumber)
        {
            count = DateWords.Digits(document, tokens[index], 4);
            unit = index + 1;
        }
        else if (NumberWords.TryRead(document, index, out var value, out unit, out _) && value <= 1000m)
        {
            count = (int)value;
        }
        else
        {
            return null;
        }
        if (count < 1 || unit + 1 >= tokens.Count || !DateWords.IsWord(document, unit + 1, "ago") || !tokens[unit].IsWord)
            return null;

        var unitWord = document.TextOf(tokens[unit]).ToLowerInvariant();
        var published = mentions.Published;
        var start = tokens[index].Start;
        var end = tokens[unit + 1].End;
        switch (unitWord)
        {
            case "day" or "days":
            case "week" or "weeks":
                var days = unitWord.StartsWith("week", StringComparison.Ordinal) ? count * 7 : count;
                var date = SafeCalendar.AddDays(published, -days);
                mentions.Add(start, end, date?.Year, date?.Month, date?.Day);
                return unit + 2;
            case "month" or "months":
                var month = SafeCalendar.AddMonths(published, -count);
                mentions.Add(start, end, month?.Year, month?.Month, null);
                return unit + 2;
            case "year" or "years":
                mentions.Add(start, end, published is { } r ? SafeCalendar.Year(r.Year - count) : null, null, null);
                return unit + 2;
            default:
                return null;
        }
    }

    private static bool IsWord(string text, int start, int length, string word) =>
        length == word.Length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
}
