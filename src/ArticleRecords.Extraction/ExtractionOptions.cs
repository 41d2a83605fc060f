namespace ArticleRecords.Extraction;

/// <summary>How numeric dates such as 11/7/2025 are read.</summary>
public enum NumericDateOrder
{
    /// <summary>Month first, as in US usage: 11/7/2025 is 7 November.</summary>
    MonthFirst,

    /// <summary>Day first, as in most of the world: 11/7/2025 is 11 July.</summary>
    DayFirst,
}

/// <summary>What the extractor needs to know beyond the text.</summary>
/// <param name="Published">The article's publication date: the reference for dates without a year and for relative dates.</param>
/// <param name="DollarCurrency">The ISO 4217 code a bare "$" stands for.</param>
/// <param name="DateOrder">How numeric dates are read.</param>
public sealed record ExtractionOptions(
    CalendarDate? Published = null,
    string DollarCurrency = "USD",
    NumericDateOrder DateOrder = NumericDateOrder.MonthFirst)
{
    /// <summary>No publication date, "$" is USD, numeric dates month first.</summary>
    public static ExtractionOptions Default { get; } = new();
}
