using System;

namespace ArticleRecords.Extraction.Dates;

/// <summary>Turns a weekday into a date relative to the published date.</summary>
internal static class WeekdayResolver
{
    /// <summary>
    /// Past (and unknown) tense: the day on or before <paramref name="published"/> ("said on Tuesday", written on a
    /// Tuesday, is that day). Future: the first such day after it. <paramref name="strict"/> ("last Tuesday",
    /// "next Tuesday") never gives the published day itself.
    /// </summary>
    public static CalendarDate Resolve(DayOfWeek day, CalendarDate published, Tense tense, bool strict)
    {
        if (tense == Tense.Future)
        {
            var ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
            return published.AddDays(ahead == 0 ? 7 : ahead);
        }
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        return published.AddDays(-(back == 0 && strict ? 7 : back));
    }
}
