using System;

namespace ArticleRecords.Extraction.Dates;

/// <summary>Turns a weekday into a date relative to the published date.</summary>
internal static class WeekdayResolver
{
    /// <summary>
    /// Past (and unknown) tense: the day on or before <paramref name="reference"/> ("said on Tuesday", written on a
    /// Tuesday, is that day). Future: the first such day after it. <paramref name="strict"/> ("last Tuesday",
    /// "next Tuesday") never gives the published day itself. Null without a published date or past the calendar.
    /// </summary>
    public static CalendarDate? Resolve(DayOfWeek day, CalendarDate? reference, Tense tense, bool strict)
    {
        if (reference is not { } published)
            return null;
        if (tense == Tense.Future)
        {
            var ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
            return SafeCalendar.AddDays(published, ahead == 0 ? 7 : ahead);
        }
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        return SafeCalendar.AddDays(published, -(back == 0 && strict ? 7 : back));
    }
}
