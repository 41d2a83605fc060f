using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Emits one article's own file: <c>ArticleData.&lt;Name&gt;</c>, a class of constants (the text, the
/// dateline's scalars and the encoded facts) whose doc lists every fact with its line, for review. It
/// depends on that article alone, so an edit to one article regenerates one file.
/// </summary>
internal static class ArticleDataEmitter
{
    public const string NamespaceSuffix = "ArticleData";

    public static string HintName(string articleName) => $"ArticleRecords.{NamespaceSuffix}.{articleName}.g.cs";

    /// <summary>The data class of an article, fully qualified.</summary>
    public static string ClassOf(string @namespace, string articleName) => $"global::{@namespace}.{NamespaceSuffix}.{articleName}";

    public static string Emit(ArticleModel model, ExtractedArticle article, string @namespace)
    {
        var writer = new SourceWriter();
        writer.Line(GeneratedCodeInfo.Header);
        writer.Open($"namespace {@namespace}.{NamespaceSuffix}");
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
        writer.Close();
        return writer.ToString();
    }
}
