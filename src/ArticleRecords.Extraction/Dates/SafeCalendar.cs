using System;

namespace ArticleRecords.Extraction.Dates;

/// <summary>Date arithmetic that gives null instead of throwing past 0001-01-01 or 9999-12-31.</summary>
internal static class SafeCalendar
{
    private static readonly CalendarDate First = new(1, 1, 1);

    public static CalendarDate? AddDays(CalendarDate? date, int days)
    {
        if (date is not { } d)
            return null;
        var index = (long)d.DaysSince(First) + days;
        return index is >= 0 and <= 3_652_058 ? d.AddDays(days) : null;
    }

    public static CalendarDate? AddMonths(CalendarDate? date, int months)
    {
        if (date is not { } d)
            return null;
        var index = (long)d.Year * 12 + d.Month - 1 + months;
        return index is >= 12 and <= 9999L * 12 + 11 ? d.AddMonths(months) : null;
    }

    /// <summary>The year when it is one a <see cref="CalendarDate"/> can hold, else null.</summary>
    public static int? Year(long year) => year is >= 1 and <= 9999 ? (int)year : null;
}
