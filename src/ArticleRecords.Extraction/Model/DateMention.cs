namespace ArticleRecords.Extraction;

/// <summary>A date written in the text, with the parts that are known or resolved.</summary>
/// <param name="Text">The date as written: "Nov. 7".</param>
/// <param name="Year">The year, when written or resolved against the published date.</param>
/// <param name="Month">The month (1-12), when known.</param>
/// <param name="Day">The day of the month, when known.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the article text.</param>
/// <param name="Length">Length of <paramref name="Text"/>.</param>
public sealed record DateMention(string Text, int? Year, int? Month, int? Day, int Start, int Length)
{
    /// <summary>The full date, when year, month and day are all known.</summary>
    public CalendarDate? Date =>
        Year is { } y && Month is { } m && Day is { } d && CalendarDate.IsValid(y, m, d) ? new CalendarDate(y, m, d) : null;
}
