using System.IO;
using System.Linq;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Emits the <c>Articles</c> class: <c>All</c>, one nested class per article, and the private reader
/// they share. It depends on the articles' names only (each class takes its constants and facts from the
/// article's own <c>ArticleData</c> file), so editing an article's text leaves this file as it is.
/// </summary>
/// <remarks>
/// The nested classes are declared here, in one file, rather than in each article's file: a class
/// declared across thousands of files makes the compiler's per-file checks grow with the square of
/// the number of articles.
/// </remarks>
internal static class ArticleIndexEmitter
{
    public const string HintName = "ArticleRecords.Articles.g.cs";

    public static string Emit(ArticleIndex index, GenerationSettings settings)
    {
        var article = $"global::{settings.Namespace}.Article";
        var records = index.Entries.Select(e => e.Name + ".Record").ToArray();

        var writer = new SourceWriter();
        writer.Line(GeneratedCodeInfo.Header);
        writer.Open($"namespace {settings.Namespace}");
        writer.Line("/// <summary>The articles of this project, read at compile time: one nested class per article, and <see cref=\"All\"/>.</summary>");
        writer.Line(GeneratedCodeInfo.Attribute);
        writer.Open($"{settings.TypeVisibility} static partial class Articles");
        writer.Line($"/// <summary>Every article of the compilation ({records.Length}), ordered by file path (ordinal).</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{article}> All {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<{article}>(new {article}[] {{ {string.Join(", ", records)} }});");

        foreach (var entry in index.Entries)
        {
            writer.Line();
            WriteArticleClass(writer, entry, settings);
        }

        writer.Line();
        FactReaderEmitter.Write(writer, settings);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteArticleClass(SourceWriter writer, ArticleIndexEntry entry, GenerationSettings settings)
    {
        var data = ArticleDataEmitter.ClassOf(settings.Namespace, entry.Name);
        var ns = "global::" + settings.Namespace;
        const string List = "global::System.Collections.Generic.IReadOnlyList";
        var fileName = Path.GetFileName(entry.FilePath);

        writer.Line($"/// <summary>The article read from <c>{DocText.Escape(fileName)}</c>. <see cref=\"{data}\"/> lists every fact found in it, with its line.</summary>");
        writer.Open($"public static class {entry.Name}");
        writer.Line("/// <summary>The article's C# name.</summary>");
        writer.Line($"public const string Name = {Literals.String(entry.Name)};");
        writer.Line("/// <summary>The name of the file the article was read from.</summary>");
        writer.Line($"public const string FileName = {Literals.String(fileName)};");
        writer.Line("/// <summary>The headline (the <c>Title</c> metadata, or the detected first line), or null.</summary>");
        writer.Line($"public const string? Title = {data}.Title;");
        writer.Line("/// <summary>The news agency the dateline names (<c>AP</c>, <c>Reuters</c>), or null.</summary>");
        writer.Line($"public const string? Source = {data}.Source;");
        writer.Line("/// <summary>The place the dateline names, as written, or null.</summary>");
        writer.Line($"public const string? DatelinePlace = {data}.DatelinePlace;");
        writer.Line("/// <summary>The article's text: BOM removed, line endings <c>\\n</c>. Every offset points into it.</summary>");
        writer.Line($"public const string Text = {data}.Text;");
        writer.Line("/// <summary>The <c>Published</c> metadata, or null: the reference for dates written without a year.</summary>");
        writer.Line($"public static readonly {settings.DateType}? Published;");
        writer.Line("/// <summary>The dateline that opens the report, or null.</summary>");
        writer.Line($"public static readonly {ns}.Dateline? Dateline;");
        writer.Line("/// <summary>The paragraphs (each non-blank line), in order.</summary>");
        writer.Line($"public static readonly {List}<string> Paragraphs;");
        writer.Line("/// <summary>Direct quotations, in order.</summary>");
        writer.Line($"public static readonly {List}<{ns}.Quote> Quotes;");
        writer.Line("/// <summary>Dates, in order, resolved against <see cref=\"Published\"/>.</summary>");
        writer.Line($"public static readonly {List}<{ns}.DateMention> Dates;");
        writer.Line("/// <summary>Sums of money, in order.</summary>");
        writer.Line($"public static readonly {List}<{ns}.MoneyMention> Money;");
        writer.Line("/// <summary>People, one per individual, in order of first mention.</summary>");
        writer.Line($"public static readonly {List}<{ns}.Person> People;");
        writer.Line("/// <summary>Organisations, one each, in order of first mention.</summary>");
        writer.Line($"public static readonly {List}<{ns}.Organization> Organizations;");
        writer.Line("/// <summary>Places, one each, in order of first mention.</summary>");
        writer.Line($"public static readonly {List}<{ns}.Place> Places;");
        writer.Line("/// <summary>The whole article as one record.</summary>");
        writer.Line($"public static readonly {ns}.Article Record;");
        writer.Line();
        // One static constructor per article, and no other code: each member with a body of its own would
        // cost the compiler (and every analyzer) a method to bind, thousands of times over.
        writer.Line($"static {entry.Name}() => {FactReaderEmitter.ClassName}.Read(typeof({data}), Name, FileName,");
        writer.Line("    out Record, out Published, out Dateline, out Paragraphs, out Quotes, out Dates, out Money, out People, out Organizations, out Places);");
        writer.Close();
    }
}
