namespace ArticleRecords.Extraction.Dates;

/// <summary>Picks the year of a date written without one: the year that puts it nearest the published date.</summary>
internal static class YearResolver
{
    /// <summary>
    /// The year for <paramref name="month"/>/<paramref name="day"/> nearest <paramref name="published"/>; on a tie the
    /// earlier one, as news looks back more than ahead. 29 February looks as far as the nearest leap years.
    /// Null when there is no published date or no year makes the day real.
    /// </summary>
    public static int? Nearest(int month, int day, CalendarDate? published)
    {
        if (published is not { } reference)
            return null;
        int? best = null;
        var bestDistance = int.MaxValue;
        var reach = month == 2 && day == 29 ? 4 : 1;
        for (var year = reference.Year - reach; year <= reference.Year + reach; year++)
        {
            if (!CalendarDate.IsValid(year, month, day))
                continue;
            var distance = new CalendarDate(year, month, day).DaysSince(reference);
            if (distance < 0)
                distance = -distance;
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The year of a month written without day or year ("last November"), relative to the published month.</summary>
    /// <param name="month">The month named (1-12).</param>
    /// <param name="direction">-1: the last such month before; +1: the next one after; 0: this year's.</param>
    /// <param name="published">The reference date; without it the year stays unknown.</param>
    public static int? ForMonth(int month, int direction, CalendarDate? published)
    {
        if (published is not { } reference)
            return null;
        return SafeCalendar.Year(direction switch
        {
            < 0 => month < reference.Month ? reference.Year : reference.Year - 1,
            > 0 => month > reference.Month ? reference.Year : reference.Year + 1,
            _ => reference.Year,
        });
    }

    /// <summary>Whether a day can exist in a month of some year (29 February can), for dates without a year.</summary>
    public static bool CanExist(int month, int day) => month is >= 1 and <= 12 && CalendarDate.IsValid(2000, month, day);
}
