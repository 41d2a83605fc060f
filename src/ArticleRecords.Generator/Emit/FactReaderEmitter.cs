using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Emits <c>Articles.FactReader</c>, the private class that turns the string <see cref="FactEncoder"/>
/// wrote back into records. Each article class calls it once, from its static constructor.
/// </summary>
internal static class FactReaderEmitter
{
    public const string ClassName = "FactReader";

    // Tells the trimmer to keep the article classes' constants, which only reflection reads.
    private const string TrimmingAnnotation =
        "[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields | global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)] ";

    public static void Write(SourceWriter writer, GenerationSettings settings)
    {
        var ns = "global::" + settings.Namespace;
        var date = settings.DateType;
        var keep = settings.Target.HasTrimmingAnnotations ? TrimmingAnnotation : "";
        const string List = "global::System.Collections.Generic.IReadOnlyList";

        // The reader reads the format FactEncoder documents, field by field in the same order.
        var source = $$"""
            /// <summary>Turns an article class's encoded facts back into records.</summary>
            /// <remarks>
            /// The text and the facts are read from the constants' metadata, not loaded as string literals: literals
            /// share one heap of 16 MB per assembly, which a few thousand articles would fill (error CS8103).
            /// </remarks>
            private static class {{ClassName}}
            {
                private const global::System.Reflection.BindingFlags ConstantFlags = global::System.Reflection.BindingFlags.Static | global::System.Reflection.BindingFlags.Public | global::System.Reflection.BindingFlags.NonPublic;

                public static void Read(
                    {{keep}}global::System.Type article,
                    out {{ns}}.Article record, out {{date}}? published, out {{ns}}.Dateline? dateline, out {{List}}<string> paragraphs,
                    out {{List}}<{{ns}}.Quote> quotes, out {{List}}<{{ns}}.DateMention> dates, out {{List}}<{{ns}}.MoneyMention> money,
                    out {{List}}<{{ns}}.Person> people, out {{List}}<{{ns}}.Organization> organizations, out {{List}}<{{ns}}.Place> places)
                {
                    var text = (string)Constant(article, "Text")!;
                    var cursor = new Cursor(text, (string)Constant(article, "{{ArticleClassEmitter.FactsConstant}}")!);
                    published = cursor.Null() ? ({{date}}?)null : cursor.Date();
                    dateline = cursor.Null() ? null : cursor.Dateline();
                    paragraphs = cursor.List(static c => c.Paragraph());
                    quotes = cursor.List(static c => c.Quote());
                    dates = cursor.List(static c => c.DateMention());
                    money = cursor.List(static c => c.Money());
                    people = cursor.List(static c => c.Person());
                    organizations = cursor.List(static c => c.Organization());
                    places = cursor.List(static c => c.Place());
                    record = new {{ns}}.Article(Name: (string)Constant(article, "Name")!, FileName: (string)Constant(article, "FileName")!, Title: (string?)Constant(article, "Title"),
                        Dateline: dateline, Published: published, Text: text,
                        Paragraphs: paragraphs, Quotes: quotes, Dates: dates, Money: money, People: people, Organizations: organizations, Places: places);
                }

                private static object? Constant({{keep}}global::System.Type article, string name) =>
                    article.GetField(name, ConstantFlags)!.GetRawConstantValue();

                private sealed class Cursor
                {
                    private readonly string _text;
                    private readonly string _facts;
                    private int _at;

                    public Cursor(string text, string facts)
                    {
                        _text = text;
                        _facts = facts;
                    }

                    public {{List}}<T> List<T>(global::System.Func<Cursor, T> read)
                    {
                        var items = new T[Int()];
                        for (var i = 0; i < items.Length; i++)
                            items[i] = read(this);
                        return new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);
                    }

                    public string Paragraph()
                    {
                        var start = Int();
                        return _text.Substring(start, Int());
                    }

                    public {{ns}}.Dateline Dateline()
                    {
                        var start = Int();
                        var length = Int();
                        var place = String();
                        var source = OptionalString();
                        var date = Null() ? null : DateMention();
                        return new {{ns}}.Dateline(Place: place, Source: source, Date: date, Text: Span(start, length), Start: start, Length: length);
                    }

                    public {{ns}}.Quote Quote()
                    {
                        var start = Int();
                        var length = Int();
                        var text = Span(start, length);
                        var speaker = OptionalString();
                        var speakerMention = OptionalString();
                        var cue = OptionalString();
                        var isPartial = Int() == 1;
                        return new {{ns}}.Quote(Text: text, Speaker: speaker, SpeakerMention: speakerMention, Cue: cue, IsPartial: isPartial, Paragraph: Int(), Start: start, Length: length);
                    }

                    public {{ns}}.DateMention DateMention()
                    {
                        var start = Int();
                        var length = Int();
                        var text = Span(start, length);
                        var year = OptionalInt();
                        var month = OptionalInt();
                        var day = OptionalInt();
                        {{date}}? date = Int() == 1 ? new {{date}}(year!.Value, month!.Value, day!.Value) : null;
                        return new {{ns}}.DateMention(Text: text, Year: year, Month: month, Day: day, Date: date, Start: start, Length: length);
                    }

                    public {{ns}}.MoneyMention Money()
                    {
                        var start = Int();
                        var length = Int();
                        var text = Span(start, length);
                        var amount = decimal.Parse(String(), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);
                        return new {{ns}}.MoneyMention(Text: text, Amount: amount, Currency: String(), Start: start, Length: length);
                    }

                    public {{ns}}.Person Person()
                    {
                        var start = Int();
                        var length = Int();
                        var name = String();
                        return new {{ns}}.Person(Name: name, Title: OptionalString(), Start: start, Length: length);
                    }

                    public {{ns}}.Organization Organization()
                    {
                        var start = Int();
                        var length = Int();
                        return new {{ns}}.Organization(Name: String(), Start: start, Length: length);
                    }

                    public {{ns}}.Place Place()
                    {
                        var start = Int();
                        var length = Int();
                        var name = String();
                        return new {{ns}}.Place(Name: name, CountryCode: OptionalString(), Start: start, Length: length);
                    }

                    public {{date}} Date() => new {{date}}(Int(), Int(), Int());

                    /// <summary>Steps over a null marker, if one is next.</summary>
                    public bool Null()
                    {
                        if (_facts[_at] != '~')
                            return false;
                        _at++;
                        return true;
                    }

                    private int Int()
                    {
                        var negative = _facts[_at] == '-';
                        if (negative)
                            _at++;
                        var value = 0;
                        while (_facts[_at] != ',')
                            value = (value * 10) + (_facts[_at++] - '0');
                        _at++;
                        return negative ? -value : value;
                    }

                    private int? OptionalInt() => Null() ? (int?)null : Int();

                    private string String()
                    {
                        var length = 0;
                        while (_facts[_at] != ':')
                            length = (length * 10) + (_facts[_at++] - '0');
                        var value = _facts.Substring(_at + 1, length);
                        _at += length + 1;
                        return value;
                    }

                    private string? OptionalString() => Null() ? null : String();

                    /// <summary>A string written as '=' when it is the article text at the fact's own offsets.</summary>
                    private string Span(int start, int length)
                    {
                        if (_facts[_at] != '=')
                            return String();
                        _at++;
                        return _text.Substring(start, length);
                    }
                }
            }
            """;
        // Line by line, so the writer indents it and ends every line with \n whatever this file's line endings.
        foreach (var line in source.Split('\n'))
            writer.Line(line.TrimEnd('\r'));
    }
}
