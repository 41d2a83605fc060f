using System;
using System.Globalization;

namespace ArticleRecords.Extraction;

/// <summary>A day in the proleptic Gregorian calendar, without time or zone.</summary>
public readonly record struct CalendarDate(int Year, int Month, int Day)
{
    /// <summary>Whether the three parts name a real day (1 January 0001 to 31 December 9999).</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The day of the week.</summary>
    public DayOfWeek DayOfWeek => ToDateTime().DayOfWeek;

    /// <summary>The date <paramref name="days"/> later (earlier when negative).</summary>
    public CalendarDate AddDays(int days) => From(ToDateTime().AddDays(days));

    /// <summary>The date <paramref name="months"/> later, the day clamped to the month's length.</summary>
    public CalendarDate AddMonths(int months) => From(ToDateTime().AddMonths(months));

    /// <summary>Days from <paramref name="other"/> to this date.</summary>
    public int DaysSince(CalendarDate other) => (int)(ToDateTime() - other.ToDateTime()).TotalDays;

    /// <summary>Parses an ISO 8601 calendar date, <c>yyyy-MM-dd</c>, exactly.</summary>
    public static bool TryParseIso(string? value, out CalendarDate date)
    {
        date = default;
        if (value is null)
            return false;
        if (!DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = From(parsed);
        return true;
    }

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    public override string ToString() => ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateTime ToDateTime() => new(Year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified);

    private static CalendarDate From(DateTime value) => new(value.Year, value.Month, value.Day);
}
