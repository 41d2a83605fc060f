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
        "[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields | global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]";

    public static void Write(SourceWriter writer, GenerationSettings settings)
    {
        var ns = "global::" + settings.Namespace;
        var date = settings.DateType;
        const string List = "global::System.Collections.Generic.IReadOnlyList";

        writer.Line("/// <summary>Turns an article class's encoded facts back into records.</summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// The text and the facts are read from the constants' metadata, not loaded as string literals: literals");
        writer.Line("/// share one heap of 16 MB per assembly, which a few thousand articles would fill (error CS8103).");
        writer.Line("/// </remarks>");
        writer.Open($"private static class {ClassName}");
        writer.Line("private const global::System.Reflection.BindingFlags ConstantFlags = global::System.Reflection.BindingFlags.Static | global::System.Reflection.BindingFlags.Public | global::System.Reflection.BindingFlags.NonPublic;");
        writer.Line();
        writer.Line("public static void Read(");
        writer.Indent();
        writer.Line($"{(settings.Target.HasTrimmingAnnotations ? TrimmingAnnotation + " " : "")}global::System.Type article,");
        writer.Line($"out {ns}.Article record, out {date}? published, out {ns}.Dateline? dateline, out {List}<string> paragraphs,");
        writer.Line($"out {List}<{ns}.Quote> quotes, out {List}<{ns}.DateMention> dates, out {List}<{ns}.MoneyMention> money,");
        writer.Line($"out {List}<{ns}.Person> people, out {List}<{ns}.Organization> organizations, out {List}<{ns}.Place> places)");
        writer.Outdent();
        writer.Open();
        writer.Line("var text = (string)Constant(article, \"Text\")!;");
        writer.Line($"var cursor = new Cursor(text, (string)Constant(article, \"{ArticleClassEmitter.FactsConstant}\")!);");
        writer.Line($"published = cursor.Null() ? ({date}?)null : cursor.Date();");
        writer.Line("dateline = cursor.Null() ? null : cursor.Dateline();");
        writer.Line("paragraphs = cursor.List(static c => c.Paragraph());");
        writer.Line("quotes = cursor.List(static c => c.Quote());");
        writer.Line("dates = cursor.List(static c => c.DateMention());");
        writer.Line("money = cursor.List(static c => c.Money());");
        writer.Line("people = cursor.List(static c => c.Person());");
        writer.Line("organizations = cursor.List(static c => c.Organization());");
        writer.Line("places = cursor.List(static c => c.Place());");
        writer.Line($"record = new {ns}.Article(Name: (string)Constant(article, \"Name\")!, FileName: (string)Constant(article, \"FileName\")!, Title: (string?)Constant(article, \"Title\"),");
        writer.Line("    Dateline: dateline, Published: published, Text: text,");
        writer.Line("    Paragraphs: paragraphs, Quotes: quotes, Dates: dates, Money: money, People: people, Organizations: organizations, Places: places);");
        writer.Close();
        writer.Line();
        writer.Line($"private static object? Constant({(settings.Target.HasTrimmingAnnotations ? TrimmingAnnotation + " " : "")}global::System.Type article, string name) =>");
        writer.Line("    article.GetField(name, ConstantFlags)!.GetRawConstantValue();");
        writer.Line();

        writer.Open("private sealed class Cursor");
        writer.Line("private readonly string _text;");
        writer.Line("private readonly string _facts;");
        writer.Line("private int _at;");
        writer.Line();
        writer.Open("public Cursor(string text, string facts)");
        writer.Line("_text = text;");
        writer.Line("_facts = facts;");
        writer.Close();
        writer.Line();

        writer.Open($"public {List}<T> List<T>(global::System.Func<Cursor, T> read)");
        writer.Line("var items = new T[Int()];");
        writer.Line("for (var i = 0; i < items.Length; i++)");
        writer.Line("    items[i] = read(this);");
        writer.Line("return new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);");
        writer.Close();
        writer.Line();

        writer.Open("public string Paragraph()");
        writer.Line("var start = Int();");
        writer.Line("return _text.Substring(start, Int());");
        writer.Close();
        writer.Line();

        writer.Open($"public {ns}.Dateline Dateline()");
        writer.Line("var start = Int();");
        writer.Line("var length = Int();");
        writer.Line("var place = String();");
        writer.Line("var source = OptionalString();");
        writer.Line("var date = Null() ? null : DateMention();");
        writer.Line($"return new {ns}.Dateline(Place: place, Source: source, Date: date, Text: Span(start, length), Start: start, Length: length);");
        writer.Close();
        writer.Line();

        writer.Open($"public {ns}.Quote Quote()");
        writer.Line("var start = Int();");
        writer.Line("var length = Int();");
        writer.Line("var text = Span(start, length);");
        writer.Line("var speaker = OptionalString();");
        writer.Line("var speakerMention = OptionalString();");
        writer.Line("var cue = OptionalString();");
        writer.Line("var isPartial = Int() == 1;");
        writer.Line($"return new {ns}.Quote(Text: text, Speaker: speaker, SpeakerMention: speakerMention, Cue: cue, IsPartial: isPartial, Paragraph: Int(), Start: start, Length: length);");
        writer.Close();
        writer.Line();

        writer.Open($"public {ns}.DateMention DateMention()");
        writer.Line("var start = Int();");
        writer.Line("var length = Int();");
        writer.Line("var text = Span(start, length);");
        writer.Line("var year = OptionalInt();");
        writer.Line("var month = OptionalInt();");
        writer.Line("var day = OptionalInt();");
        writer.Line($"{date}? date = Int() == 1 ? new {date}(year!.Value, month!.Value, day!.Value) : null;");
        writer.Line($"return new {ns}.DateMention(Text: text, Year: year, Month: month, Day: day, Date: date, Start: start, Length: length);");
        writer.Close();
        writer.Line();

        writer.Open($"public {ns}.MoneyMention Money()");
        writer.Line("var start = Int();");
        writer.Line("var length = Int();");
        writer.Line("var text = Span(start, length);");
        writer.Line("var amount = decimal.Parse(String(), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line($"return new {ns}.MoneyMention(Text: text, Amount: amount, Currency: String(), Start: start, Length: length);");
        writer.Close();
        writer.Line();

        writer.Open($"public {ns}.Person Person()");
        writer.Line("var start = Int();");
        writer.Line("var length = Int();");
        writer.Line("var name = String();");
        writer.Line($"return new {ns}.Person(Name: name, Title: OptionalString(), Start: start, Length: length);");
        writer.Close();
        writer.Line();

        writer.Open($"public {ns}.Organization Organization()");
        writer.Line("var start = Int();");
        writer.Line("var length = Int();");
        writer.Line($"return new {ns}.Organization(Name: String(), Start: start, Length: length);");
        writer.Close();
        writer.Line();

        writer.Open($"public {ns}.Place Place()");
        writer.Line("var start = Int();");
        writer.Line("var length = Int();");
        writer.Line("var name = String();");
        writer.Line($"return new {ns}.Place(Name: name, CountryCode: OptionalString(), Start: start, Length: length);");
        writer.Close();
        writer.Line();

        writer.Line($"public {date} Date() => new {date}(Int(), Int(), Int());");
        writer.Line();
        writer.Line("/// <summary>Steps over a null marker, if one is next.</summary>");
        writer.Open("public bool Null()");
        writer.Line("if (_facts[_at] != '~')");
        writer.Line("    return false;");
        writer.Line("_at++;");
        writer.Line("return true;");
        writer.Close();
        writer.Line();

        writer.Open("private int Int()");
        writer.Line("var negative = _facts[_at] == '-';");
        writer.Line("if (negative)");
        writer.Line("    _at++;");
        writer.Line("var value = 0;");
        writer.Line("while (_facts[_at] != ',')");
        writer.Line("    value = (value * 10) + (_facts[_at++] - '0');");
        writer.Line("_at++;");
        writer.Line("return negative ? -value : value;");
        writer.Close();
        writer.Line();

        writer.Line("private int? OptionalInt() => Null() ? (int?)null : Int();");
        writer.Line();

        writer.Open("private string String()");
        writer.Line("var length = 0;");
        writer.Line("while (_facts[_at] != ':')");
        writer.Line("    length = (length * 10) + (_facts[_at++] - '0');");
        writer.Line("var value = _facts.Substring(_at + 1, length);");
        writer.Line("_at += length + 1;");
        writer.Line("return value;");
        writer.Close();
        writer.Line();

        writer.Line("private string? OptionalString() => Null() ? null : String();");
        writer.Line();

        writer.Line("/// <summary>A string written as '=' when it is the article text at the fact's own offsets.</summary>");
        writer.Open("private string Span(int start, int length)");
        writer.Line("if (_facts[_at] != '=')");
        writer.Line("    return String();");
        writer.Line("_at++;");
        writer.Line("return _text.Substring(start, length);");
        writer.Close();

        writer.Close();
        writer.Close();
    }
}
