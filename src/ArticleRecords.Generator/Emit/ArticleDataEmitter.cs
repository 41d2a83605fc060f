using System.Text;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Emits an article's data class, <c>ArticleData.&lt;Name&gt;</c>: constants (the text, the dateline's
/// scalars and the encoded facts) whose doc lists every fact with its line, for review. It depends on
/// that article alone; the classes are gathered into files by <see cref="ArticleDataFiles"/>.
/// </summary>
internal static class ArticleDataEmitter
{
    public const string NamespaceSuffix = "ArticleData";

    /// <summary>The data class of an article, fully qualified.</summary>
    public static string ClassOf(string @namespace, string articleName) => $"global::{@namespace}.{NamespaceSuffix}.{articleName}";

    /// <summary>The data class of one article, indented to stand in its file's namespace block.</summary>
    public static string EmitClass(ArticleModel model, ExtractedArticle article, string @namespace)
    {
        var writer = new SourceWriter().Indent();
        writer.Line($"/// <summary>The text and facts of <c>{DocText.Escape(model.FileName)}</c>, read by <see cref=\"global::{@namespace}.Articles.{model.Name}\"/>.</summary>");
        writer.Line("/// <remarks>");
        foreach (var line in FactDocs.Lines(model, article))
            writer.Line($"/// <para>{line}</para>");
        writer.Line("/// </remarks>");
        writer.Line(GeneratedCodeInfo.Attribute);
        writer.Open($"internal static class {model.Name}");
        writer.Line($"internal const string Text = {Literals.String(article.Text)};");
        writer.Line($"internal const string? Title = {Literals.String(model.Title)};");
        writer.Line($"internal const string? Source = {Literals.String(article.Dateline?.Source)};");
        writer.Line($"internal const string? DatelinePlace = {Literals.String(article.Dateline?.Place)};");
        writer.Line($"internal const string Facts = {Literals.String(FactEncoder.Encode(article, model.Published))};");
        writer.Close();
        return writer.ToString();
    }

    /// <summary>One generated file of data classes (see <see cref="ArticleDataFiles"/>).</summary>
    public static string EmitFile(string @namespace, ArticleDataFile file)
    {
        var builder = new StringBuilder();
        builder.Append(GeneratedCodeInfo.Header).Append('\n');
        builder.Append("namespace ").Append(@namespace).Append('.').Append(NamespaceSuffix).Append("\n{\n");
        for (var i = 0; i < file.Classes.Count; i++)
        {
            if (i > 0)
                builder.Append('\n');
            builder.Append(file.Classes[i]);
        }
        builder.Append("}\n");
        return builder.ToString();
    }
}
