using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Dates;

internal static class DateTestHelpers
{
    public static DateMention[] Find(string text, ExtractionOptions? options = null) =>
        DateExtractor.Extract(ArticleDocument.Parse(text, CancellationToken.None), options ?? ExtractionOptions.Default, CancellationToken.None);

    public static DateMention[] Find(string text, string published) =>
        Find(text, new ExtractionOptions(Published: Iso(published)));

    public static CalendarDate Iso(string value) => CalendarDate.TryParseIso(value, out var date) ? date : throw new System.ArgumentException(value);

    /// <summary>"Text=yyyy-MM-dd" when the date is whole, else "Text=Y/M/D" with "?" for unknown parts.</summary>
    public static string Show(DateMention[] mentions) => string.Join(" | ", mentions.Select(Show));

    public static string Show(DateMention m) =>
        m.Text + "=" + (m.Date is { } d ? d.ToString() : $"{Part(m.Year)}/{Part(m.Month)}/{Part(m.Day)}");

    private static string Part(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}
