using System.Globalization;
using ArticleRecords;

// Everything below was extracted from Articles/KazakhstanAbrahamAccords.txt at compile time.
var article = Articles.KazakhstanAbrahamAccords.Record;

Console.WriteLine($"Article: {article.Name} ({article.FileName}), published {article.Published:yyyy-MM-dd}");

if (article.Dateline is { } dateline)
    Console.WriteLine($"Dateline: {dateline.Place}, source {dateline.Source ?? "(none)"}  [{dateline.Text}]");

Console.WriteLine();
Console.WriteLine($"Quotes ({article.Quotes.Count}):");
foreach (var quote in article.Quotes)
{
    var kind = quote.IsPartial ? "partial" : "full";
    Console.WriteLine($"  {quote.Speaker ?? "(unattributed)"} — {quote.Cue ?? "?"} ({quote.SpeakerMention ?? "?"}, {kind}, paragraph {quote.Paragraph})");
    Console.WriteLine($"    “{quote.Text}”");
}

Console.WriteLine();
Console.WriteLine($"Dates ({article.Dates.Count}):");
foreach (var date in article.Dates)
    Console.WriteLine($"  {date.Text} -> {(date.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unresolved")}");

Console.WriteLine();
Console.WriteLine($"Money ({article.Money.Count}):");
foreach (var money in article.Money)
    Console.WriteLine($"  {money.Text} -> {money.Amount.ToString(CultureInfo.InvariantCulture)} {money.Currency}");

Console.WriteLine();
Console.WriteLine($"People ({article.People.Count}):");
foreach (var person in article.People)
    Console.WriteLine($"  {person.Name}{(person.Title is null ? "" : ", " + person.Title)}");

Console.WriteLine();
Console.WriteLine($"Organizations: {string.Join("; ", article.Organizations.Select(o => o.Name))}");
Console.WriteLine($"Places: {string.Join("; ", article.Places.Select(p => p.CountryCode is null ? p.Name : $"{p.Name} ({p.CountryCode})"))}");
