using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>One member of a generated record: its C# type, its name (fixed by the contract) and its doc.</summary>
internal sealed record RecordMember(string Type, string Name, string Doc);

/// <summary>A generated record type.</summary>
internal sealed record RecordShape(string Name, string Summary, RecordMember[] Members);

/// <summary>The record types of the public contract, shaped for one target (DateOnly or DateTime).</summary>
internal static class RecordShapes
{
    public static RecordShape[] For(GenerationSettings settings)
    {
        var ns = "global::" + settings.Namespace;
        var date = settings.DateType;
        const string List = "global::System.Collections.Generic.IReadOnlyList";
        var start = new RecordMember("int", "Start", "UTF-16 offset of the mention in <see cref=\"Article.Text\"/> (first mention for entities).");
        var length = new RecordMember("int", "Length", "Length of the mention: <c>Text.Substring(Start, Length)</c> is the mention as written.");

        return new[]
        {
            new RecordShape("Article", "A news article read at compile time, with every fact extracted from it.", new[]
            {
                new RecordMember("string", "Name", "The article's C# name, as in <c>Articles.Name</c>."),
                new RecordMember("string", "FileName", "The name of the file the article was read from."),
                new RecordMember("string?", "Title", "The headline (the <c>Title</c> metadata, or the detected first line), or null."),
                new RecordMember($"{ns}.Dateline?", "Dateline", "The dateline that opens the report, or null."),
                new RecordMember(date + "?", "Published", "The <c>Published</c> metadata: the reference date for dates written without a year."),
                new RecordMember("string", "Text", "The file's text with any BOM removed and line endings made <c>\\n</c>; every offset points into it."),
                new RecordMember($"{List}<string>", "Paragraphs", "The paragraphs (each non-blank line), in order."),
                new RecordMember($"{List}<{ns}.Quote>", "Quotes", "Direct quotations, in order."),
                new RecordMember($"{List}<{ns}.DateMention>", "Dates", "Dates, in order, resolved against <see cref=\"Published\"/>."),
                new RecordMember($"{List}<{ns}.MoneyMention>", "Money", "Sums of money, in order."),
                new RecordMember($"{List}<{ns}.Person>", "People", "People, one per individual, in order of first mention."),
                new RecordMember($"{List}<{ns}.Organization>", "Organizations", "Organisations, one each, in order of first mention."),
                new RecordMember($"{List}<{ns}.Place>", "Places", "Places, one each, in order of first mention."),
            }),
            new RecordShape("Dateline", "The dateline that opens a wire report, such as <c>WASHINGTON (AP) —</c>.", new[]
            {
                new RecordMember("string", "Place", "The place as written: <c>ASTANA</c>."),
                new RecordMember("string?", "Source", "The agency as written (<c>AP</c>, <c>Reuters</c>), or null."),
                new RecordMember($"{ns}.DateMention?", "Date", "The date the dateline carries (<c>NEW YORK, March 26 -</c>), or null."),
                new RecordMember("string", "Text", "The dateline as written, punctuation included."),
                start,
                length,
            }),
            new RecordShape("Quote", "A direct quotation and who said it.", new[]
            {
                new RecordMember("string", "Text", "The quoted words without the quotation marks."),
                new RecordMember("string?", "Speaker", "The fullest name of the person or organisation who said it, or null when nobody can be named."),
                new RecordMember("string?", "SpeakerMention", "The speaker as written at the cue (<c>He</c>, <c>the statement</c>), or null."),
                new RecordMember("string?", "Cue", "The reporting words as written (<c>said</c>, <c>according to</c>), or null."),
                new RecordMember("bool", "IsPartial", "Whether the quotation is a fragment inside the writer's own sentence."),
                new RecordMember("int", "Paragraph", "The 0-based paragraph where the quotation opens."),
                new RecordMember("int", "Start", "UTF-16 offset of the first quoted character in <see cref=\"Article.Text\"/>."),
                new RecordMember("int", "Length", "Length of the quoted span, up to the closing mark."),
            }),
            new RecordShape("DateMention", "A date written in the text, with the parts that are known or resolved.", new[]
            {
                new RecordMember("string", "Text", "The date as written: <c>Nov. 7</c>."),
                new RecordMember("int?", "Year", "The year, when written or resolved against the published date."),
                new RecordMember("int?", "Month", "The month (1-12), when known."),
                new RecordMember("int?", "Day", "The day of the month, when known."),
                new RecordMember(date + "?", "Date", "The full date, set when year, month and day are all known."),
                start,
                length,
            }),
            new RecordShape("MoneyMention", "A sum of money written in the text.", new[]
            {
                new RecordMember("string", "Text", "The figure as written: <c>$17 billion</c>."),
                new RecordMember("decimal", "Amount", "The amount with scale words applied: <c>$17 billion</c> is 17000000000."),
                new RecordMember("string", "Currency", "The ISO 4217 currency code: <c>USD</c>."),
                start,
                length,
            }),
            new RecordShape("Person", "A person named in the article, once however often named.", new[]
            {
                new RecordMember("string", "Name", "The fullest form of the name the article gives."),
                new RecordMember("string?", "Title", "The title or role (<c>President</c>), or null."),
                start,
                length,
            }),
            new RecordShape("Organization", "An organisation named in the article, once however often named.", new[]
            {
                new RecordMember("string", "Name", "The fullest name (<c>United Nations</c> for <c>UN</c>)."),
                start,
                length,
            }),
            new RecordShape("Place", "A place named in the article, once however often named.", new[]
            {
                new RecordMember("string", "Name", "The place's name (<c>United States</c> for <c>U.S.</c>)."),
                new RecordMember("string?", "CountryCode", "The ISO 3166-1 alpha-2 code where the place is a country, else null."),
                start,
                length,
            }),
        };
    }
}
