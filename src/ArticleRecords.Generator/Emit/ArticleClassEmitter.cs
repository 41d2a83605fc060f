using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Emits <c>Articles.&lt;Name&gt;</c> for one article: its scalar facts as constants, its facts encoded
/// in one private constant, the typed lists as static readonly fields filled by one static constructor (their
/// generic types named by the aliases <see cref="MemberTypeAliases"/> writes at the top of the file), and a doc
/// that lists every fact with the line it was read on, for the IDE and for review.
/// </summary>
internal static class ArticleClassEmitter
{
    /// <summary>The private constant that holds the encoded facts (see <see cref="FactEncoder"/>).</summary>
    public const string FactsConstant = "Facts";

    /// <summary>
    /// The class, indented to stand inside <c>Articles</c> in its file (see <see cref="ArticleFiles"/>), whose aliases
    /// name its fields' types: the same text in every namespace. <paramref name="factDocs"/>: whether its doc lists
    /// every fact, or only counts them.
    /// </summary>
    public static string Emit(ArticleModel model, ExtractedArticle article, bool factDocs)
    {
        var writer = new SourceWriter().Indent().Indent();

        writer.Line($"/// <summary>The article read from <c>{DocText.Escape(model.FileName)}</c>.</summary>");
        writer.Line("/// <remarks>");
        foreach (var line in factDocs ? FactDocs.Lines(model, article) : FactDocs.Summary(model, article))
            writer.Line("/// <para>", line, "</para>");
        writer.Line("/// </remarks>");
        writer.Open($"public static class {model.Name}");
        writer.Line("/// <summary>The article's C# name.</summary>");
        writer.LiteralLine("public const string Name = ", model.Name);
        writer.Line("/// <summary>The name of the file the article was read from.</summary>");
        writer.LiteralLine("public const string FileName = ", model.FileName);
        writer.Line("/// <summary>The headline (the <c>Title</c> metadata, or the detected first line), or null.</summary>");
        writer.LiteralLine("public const string? Title = ", model.Title);
        writer.Line("/// <summary>The news agency the dateline names (<c>AP</c>, <c>Reuters</c>), or null.</summary>");
        writer.LiteralLine("public const string? Source = ", article.Dateline?.Source);
        writer.Line("/// <summary>The place the dateline names, as written, or null.</summary>");
        writer.LiteralLine("public const string? DatelinePlace = ", article.Dateline?.Place);
        writer.Line("/// <summary>The article's text: BOM removed, line endings <c>\\n</c>. Every offset points into it.</summary>");
        writer.LiteralLine("public const string Text = ", article.Text);
        writer.LiteralLine($"private const string {FactsConstant} = ", FactEncoder.Encode(article, model.Published));
        writer.Line("/// <summary>The <c>Published</c> metadata, or null: the reference for dates written without a year.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Published} Published;");
        writer.Line("/// <summary>The dateline that opens the report, or null.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Dateline}? Dateline;");
        writer.Line("/// <summary>The paragraphs (each non-blank line), in order.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Paragraphs} Paragraphs;");
        writer.Line("/// <summary>Direct quotations, in order.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Quotes} Quotes;");
        writer.Line("/// <summary>Dates, in order, resolved against <see cref=\"Published\"/>.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Dates} Dates;");
        writer.Line("/// <summary>Sums of money, in order.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Money} Money;");
        writer.Line("/// <summary>People, one per individual, in order of first mention.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.People} People;");
        writer.Line("/// <summary>Organisations, one each, in order of first mention.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Organizations} Organizations;");
        writer.Line("/// <summary>Places, one each, in order of first mention.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Places} Places;");
        writer.Line("/// <summary>The whole article as one record.</summary>");
        writer.Line($"public static readonly {MemberTypeAliases.Article} Record;");
        writer.Line();
        // One static constructor and no other code: each member with a body of its own would cost the
        // compiler (and every analyzer) a method to bind, thousands of times over.
        writer.Line($"static {model.Name}() => {FactReaderEmitter.ClassName}.Read(typeof({model.Name}),");
        writer.Line("    out Record, out Published, out Dateline, out Paragraphs, out Quotes, out Dates, out Money, out People, out Organizations, out Places);");
        writer.Close();
        return writer.ToString();
    }
}
