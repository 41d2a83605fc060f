using System.Linq;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Emits the part of <c>Articles</c> that knows every article: <c>All</c>, and the private reader the
/// article classes share. It depends on the articles' names only, so editing an article's text leaves
/// this file as it is.
/// </summary>
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
        writer.Line();
        FactReaderEmitter.Write(writer, settings);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
