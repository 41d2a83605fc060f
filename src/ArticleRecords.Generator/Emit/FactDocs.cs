using System.Collections.Generic;
using System.Globalization;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// One doc-comment line per fact of an article, with the line of the file it was read on: what a
/// reviewer of the generated code, or of its snapshot, reads to see what the article yielded.
/// </summary>
internal static class FactDocs
{
    public static IEnumerable<string> Lines(ArticleModel model, ExtractedArticle article)
    {
        var lines = new LineIndex(article.Text);
        string At(int offset) => (lines.LineOf(offset) + 1).ToString(CultureInfo.InvariantCulture);
        string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

        yield return Heading(model, article);

        if (article.Dateline is { } dateline)
            yield return $"Dateline (line {At(dateline.Start)}): <c>{DocText.Escape(dateline.Text)}</c>, place {DocText.Escape(dateline.Place)}{(dateline.Source is null ? "" : ", source " + DocText.Escape(dateline.Source))}{(dateline.Date is null ? "" : ", date " + Describe(dateline.Date))}.";

        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var q = article.Quotes[i];
            var speaker = q.Speaker is null ? "no speaker found" : "said by " + DocText.Escape(q.Speaker, 80);
            var cue = q.SpeakerMention is null && q.Cue is null
                ? ""
                : $" (“{DocText.Escape(q.SpeakerMention ?? "", 80)}” {DocText.Escape(q.Cue ?? "", 40)})";
            yield return $"Quote {Number(i)} (line {At(q.Start)}{(q.IsPartial ? ", partial" : "")}), {speaker}{cue}: “{DocText.Escape(q.Text, 160)}”";
        }

        for (var i = 0; i < article.Dates.Count; i++)
            yield return $"Date {Number(i)} (line {At(article.Dates[i].Start)}): <c>{DocText.Escape(article.Dates[i].Text)}</c>, {Describe(article.Dates[i])}.";

        for (var i = 0; i < article.Money.Count; i++)
        {
            var m = article.Money[i];
            yield return $"Money {Number(i)} (line {At(m.Start)}): <c>{DocText.Escape(m.Text)}</c>, {m.Amount.ToString(CultureInfo.InvariantCulture)} {DocText.Escape(m.Currency)}.";
        }

        for (var i = 0; i < article.People.Count; i++)
        {
            var p = article.People[i];
            yield return $"Person {Number(i)} (line {At(p.Start)}): {DocText.Escape(p.Name)}{(p.Title is null ? "" : ", " + DocText.Escape(p.Title))}.";
        }

        for (var i = 0; i < article.Organizations.Count; i++)
            yield return $"Organisation {Number(i)} (line {At(article.Organizations[i].Start)}): {DocText.Escape(article.Organizations[i].Name)}.";

        for (var i = 0; i < article.Places.Count; i++)
        {
            var p = article.Places[i];
            yield return $"Place {Number(i)} (line {At(p.Start)}): {DocText.Escape(p.Name)}{(p.CountryCode is null ? "" : " (" + DocText.Escape(p.CountryCode) + ")")}.";
        }
    }

    /// <summary>
    /// The doc of a project that lists no facts (<c>ArticleRecordsFactDocs=false</c>): the first line, and how many
    /// facts of each kind were found. Every listed fact is a paragraph the compiler parses as XML when the project
    /// writes documentation, and the project's documentation file then carries them all.
    /// </summary>
    public static IEnumerable<string> Summary(ArticleModel model, ExtractedArticle article)
    {
        yield return Heading(model, article);
        yield return string.Format(
            CultureInfo.InvariantCulture,
            "Quotations: {0}. Dates: {1}. Sums of money: {2}. People: {3}. Organisations: {4}. Places: {5}. Dateline: {6}.",
            article.Quotes.Count,
            article.Dates.Count,
            article.Money.Count,
            article.People.Count,
            article.Organizations.Count,
            article.Places.Count,
            article.Dateline is null ? "none" : "yes");
    }

    private static string Heading(ArticleModel model, ExtractedArticle article) =>
        $"Published: {(model.Published is { } published ? published.ToString() : "not given")}. {article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)} paragraphs.";

    private static string Describe(DateMention date) =>
        date.Date is { } full
            ? full.ToString()
            : string.Format(
                CultureInfo.InvariantCulture,
                "year {0}, month {1}, day {2}",
                date.Year?.ToString(CultureInfo.InvariantCulture) ?? "unknown",
                date.Month?.ToString(CultureInfo.InvariantCulture) ?? "unknown",
                date.Day?.ToString(CultureInfo.InvariantCulture) ?? "unknown");
}
