using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Tests.Infrastructure;

/// <summary>
/// Every field of an article, one fact per line, written the same way from the extractor's model and
/// from a record the generated code built at run time: two listings are equal exactly when the generated
/// code gives back everything the extractor found.
/// </summary>
internal static class FactListing
{
    public static string Of(ExtractedArticle article, string? title, CalendarDate? published)
    {
        var lines = new List<string> { Line("Title", title), Line("Published", published?.ToString()), Line("Text", article.Text) };
        if (article.Dateline is { } d)
            lines.Add(Line("Dateline", d.Place, d.Source, DateLine(d.Date), d.Text, d.Start, d.Length));
        lines.AddRange(article.Paragraphs.Select(p => Line("Paragraph", article.Text.Substring(p.Start, p.Length))));
        lines.AddRange(article.Quotes.Select(q => Line("Quote", q.Text, q.Speaker, q.SpeakerMention, q.Cue, q.IsPartial, q.Paragraph, q.Start, q.Length)));
        lines.AddRange(article.Dates.Select(d => DateLine(d)!));
        lines.AddRange(article.Money.Select(m => Line("Money", m.Text, m.Amount, m.Currency, m.Start, m.Length)));
        lines.AddRange(article.People.Select(p => Line("Person", p.Name, p.Title, p.Start, p.Length)));
        lines.AddRange(article.Organizations.Select(o => Line("Organization", o.Name, o.Start, o.Length)));
        lines.AddRange(article.Places.Select(p => Line("Place", p.Name, p.CountryCode, p.Start, p.Length)));
        return string.Join("\n", lines);
    }

    public static string Of(dynamic record)
    {
        var lines = new List<string> { Line("Title", (string?)record.Title), Line("Published", Date((object?)record.Published)), Line("Text", (string)record.Text) };
        if (record.Dateline is { } d)
            lines.Add(Line("Dateline", (string)d.Place, (string?)d.Source, OfDynamicDate((object?)d.Date), (string)d.Text, (int)d.Start, (int)d.Length));
        lines.AddRange(Items((object)record.Paragraphs).Select(p => Line("Paragraph", (string)p)));
        lines.AddRange(Items((object)record.Quotes).Select(q => Line("Quote", (string)q.Text, (string?)q.Speaker, (string?)q.SpeakerMention, (string?)q.Cue, (bool)q.IsPartial, (int)q.Paragraph, (int)q.Start, (int)q.Length)));
        lines.AddRange(Items((object)record.Dates).Select(d => (string)OfDynamicDate((object)d)!));
        lines.AddRange(Items((object)record.Money).Select(m => Line("Money", (string)m.Text, (decimal)m.Amount, (string)m.Currency, (int)m.Start, (int)m.Length)));
        lines.AddRange(Items((object)record.People).Select(p => Line("Person", (string)p.Name, (string?)p.Title, (int)p.Start, (int)p.Length)));
        lines.AddRange(Items((object)record.Organizations).Select(o => Line("Organization", (string)o.Name, (int)o.Start, (int)o.Length)));
        lines.AddRange(Items((object)record.Places).Select(p => Line("Place", (string)p.Name, (string?)p.CountryCode, (int)p.Start, (int)p.Length)));
        return string.Join("\n", lines);
    }

    private static string? DateLine(DateMention? d) =>
        d is null ? null : Line("Date", d.Text, d.Year, d.Month, d.Day, d.Date?.ToString(), d.Start, d.Length);

    private static string? OfDynamicDate(dynamic? d) =>
        d is null ? null : Line("Date", (string)d.Text, (int?)d.Year, (int?)d.Month, (int?)d.Day, Date((object?)d.Date), (int)d.Start, (int)d.Length);

    private static string? Date(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("not a date: " + value.GetType()),
    };

    private static IEnumerable<dynamic> Items(object list) => ((IEnumerable)list).Cast<dynamic>();

    // Escaped so that a difference in any character, even an invisible one, shows in the assertion message.
    private static string Line(string kind, params object?[] fields) =>
        kind + ": " + string.Join(" | ", fields.Select(f => f switch
        {
            null => "null",
            string s => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(s, quote: true),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
            _ => f.ToString(),
        }));
}
