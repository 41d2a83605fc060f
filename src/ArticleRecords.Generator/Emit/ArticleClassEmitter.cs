using System;
using System.Collections.Generic;
using System.Globalization;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Emits <c>Articles.&lt;Name&gt;</c> for one article: its scalar facts as constants, each fact as a
/// documented static member (its sentence and line in the doc), the typed lists, and <c>Record</c>.
/// </summary>
internal static class ArticleClassEmitter
{
    public static string HintName(string articleName) => $"ArticleRecords.Articles.{articleName}.g.cs";

    public static string Emit(ArticleModel model, ExtractedArticle article, GenerationSettings settings)
    {
        var context = new EmitContext(model, article, settings);
        var writer = new SourceWriter();
        writer.Line(GeneratedCodeInfo.Header);
        writer.Open($"namespace {settings.Namespace}");
        writer.Open($"{settings.TypeVisibility} static partial class Articles");
        writer.Line($"/// <summary>The article read from <c>{DocText.Escape(model.FileName)}</c>: {Summary(context)}</summary>");
        writer.Line(GeneratedCodeInfo.Attribute);
        writer.Open($"public static class {model.Name}");

        WriteScalars(writer, context);
        WriteFacts(writer, context);
        WriteRecord(writer, context);

        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string Summary(EmitContext context)
    {
        var a = context.Article;
        var opening = a.Paragraphs.Count > 0 ? a.Text.Substring(a.Paragraphs[0].Start, a.Paragraphs[0].Length) : "(empty)";
        return string.Format(
            CultureInfo.InvariantCulture,
            "“{0}” ({1} quotations, {2} dates, {3} money figures, {4} people, {5} organisations, {6} places).",
            DocText.Escape(opening, 120), a.Quotes.Count, a.Dates.Count, a.Money.Count, a.People.Count, a.Organizations.Count, a.Places.Count);
    }

    private static void WriteScalars(SourceWriter writer, EmitContext context)
    {
        var model = context.Model;
        var article = context.Article;
        var dateline = article.Dateline;

        Constant(writer, "string", "Name", model.Name, "The article's C# name.");
        Constant(writer, "string", "FileName", model.FileName, "The name of the file the article was read from.");
        Constant(writer, "string?", "Title", model.Title, "The headline (the <c>Title</c> metadata, or the detected first line), or null.");
        Constant(writer, "string?", "Source", dateline?.Source, "The news agency the dateline names (<c>AP</c>, <c>Reuters</c>), or null.");
        Constant(writer, "string?", "DatelinePlace", dateline?.Place, "The place the dateline names, as written, or null.");
        Constant(writer, "string", "Text", article.Text, "The article's text: BOM removed, line endings <c>\\n</c>. Every offset points into it.");

        writer.Line("/// <summary>The <c>Published</c> metadata, or null: the reference for dates written without a year.</summary>");
        writer.Line($"public static {context.Settings.DateType}? Published {{ get; }} = {context.Date(model.Published)};");
        writer.Line();

        writer.Line(dateline is null
            ? "/// <summary>The dateline: none was found.</summary>"
            : $"/// <summary>The dateline <c>{DocText.Escape(dateline.Text)}</c> (line {context.Locator.LineOf(dateline.Start)}).</summary>");
        writer.Line($"public static {context.Type("Dateline")}? Dateline {{ get; }} = {(dateline is null ? "null" : context.New(dateline))};");
        writer.Line();

        // Paragraphs are slices of Text rather than literals of their own: the text is compiled once, not twice.
        writer.Line("/// <summary>The paragraphs (each non-blank line), in order.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> Paragraphs {{ get; }} = {ReadOnlyList("string", Map(article.Paragraphs, p => $"Text.Substring({Literals.Int(p.Start)}, {Literals.Int(p.Length)})"))};");
        writer.Line();
    }

    private static void WriteFacts(SourceWriter writer, EmitContext context)
    {
        var article = context.Article;
        FactList(writer, context, "Quote", "Quotes", "Direct quotations", article.Quotes, q => q.Start,
            (q, n) => $"Quotation {n}, {(q.Speaker is null ? "with no speaker found" : "said by " + DocText.Escape(q.Speaker, 80))}{(q.IsPartial ? " (partial)" : "")}: “{DocText.Escape(q.Text, 160)}”",
            context.New);
        FactList(writer, context, "Date", "Dates", "Dates", article.Dates, d => d.Start,
            (d, n) => $"Date {n}, <c>{DocText.Escape(d.Text)}</c>: {Describe(d)}",
            context.New);
        FactList(writer, context, "Money", "Money", "Sums of money", article.Money, m => m.Start,
            (m, n) => $"Money {n}, <c>{DocText.Escape(m.Text)}</c>: {m.Amount.ToString(CultureInfo.InvariantCulture)} {DocText.Escape(m.Currency)}",
            context.New);
        FactList(writer, context, "Person", "People", "People, one per individual, in order of first mention", article.People, p => p.Start,
            (p, n) => $"Person {n}: {DocText.Escape(p.Name)}{(p.Title is null ? "" : ", " + DocText.Escape(p.Title))}",
            context.New);
        FactList(writer, context, "Organization", "Organizations", "Organisations, in order of first mention", article.Organizations, o => o.Start,
            (o, n) => $"Organisation {n}: {DocText.Escape(o.Name)}",
            context.New);
        FactList(writer, context, "Place", "Places", "Places, in order of first mention", article.Places, p => p.Start,
            (p, n) => $"Place {n}: {DocText.Escape(p.Name)}{(p.CountryCode is null ? "" : " (" + DocText.Escape(p.CountryCode) + ")")}",
            context.New);
    }

    private static void FactList<T>(
        SourceWriter writer,
        EmitContext context,
        string typeName,
        string listName,
        string listDoc,
        EquatableArray<T> facts,
        Func<T, int> offsetOf,
        Func<T, int, string> summaryOf,
        Func<T, string> construct)
    {
        var type = context.Type(typeName == "Date" ? "DateMention" : typeName == "Money" ? "MoneyMention" : typeName);
        var names = new List<string>();
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var number = i + 1;
            var offset = offsetOf(fact);
            var memberName = typeName + number.ToString(CultureInfo.InvariantCulture);
            names.Add(memberName);
            writer.Line($"/// <summary>{Sentence(summaryOf(fact, number))}</summary>");
            writer.Line($"/// <remarks>Line {context.Locator.LineOf(offset)}: {DocText.Escape(context.Locator.SentenceAround(offset))}</remarks>");
            writer.Line($"public static {type} {memberName} {{ get; }} = {construct(fact)};");
            writer.Line();
        }

        writer.Line($"/// <summary>{listDoc} ({facts.Count}).</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> {listName} {{ get; }} = {ReadOnlyList(type, names)};");
        writer.Line();
    }

    private static void WriteRecord(SourceWriter writer, EmitContext context)
    {
        writer.Line("/// <summary>The whole article as one record.</summary>");
        writer.Line($"public static {context.Type("Article")} Record {{ get; }} = new {context.Type("Article")}(");
        writer.Indent();
        var members = new[] { "Name", "FileName", "Title", "Dateline", "Published", "Text", "Paragraphs", "Quotes", "Dates", "Money", "People", "Organizations", "Places" };
        for (var i = 0; i < members.Length; i++)
            writer.Line($"{members[i]}: {members[i]}{(i == members.Length - 1 ? ");" : ",")}");
        writer.Outdent();
    }

    private static string Sentence(string text) =>
        text.Length > 0 && text[text.Length - 1] is '.' or '!' or '?' or '”' or '"' or '…' ? text : text + ".";

    private static void Constant(SourceWriter writer, string type, string name, string? value, string doc)
    {
        writer.Line($"/// <summary>{doc}</summary>");
        writer.Line($"public const {type} {name} = {Literals.String(value)};");
        writer.Line();
    }

    private static string Describe(DateMention date) =>
        date.Date is { } full
            ? full.ToString()
            : string.Format(CultureInfo.InvariantCulture, "year {0}, month {1}, day {2}", date.Year?.ToString(CultureInfo.InvariantCulture) ?? "unknown", date.Month?.ToString(CultureInfo.InvariantCulture) ?? "unknown", date.Day?.ToString(CultureInfo.InvariantCulture) ?? "unknown");

    private static string ReadOnlyList(string elementType, IReadOnlyList<string> elements) =>
        elements.Count == 0
            ? $"global::System.Array.Empty<{elementType}>()"
            : $"new global::System.Collections.ObjectModel.ReadOnlyCollection<{elementType}>(new {elementType}[] {{ {string.Join(", ", elements)} }})";

    private static List<string> Map<T>(EquatableArray<T> items, Func<T, string> map)
    {
        var result = new List<string>(items.Count);
        foreach (var item in items)
            result.Add(map(item));
        return result;
    }
}
