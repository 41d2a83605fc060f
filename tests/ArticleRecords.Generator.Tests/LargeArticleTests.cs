using System.Linq;
using System.Text;
using ArticleRecords.Generator.Tests.Infrastructure;

namespace ArticleRecords.Generator.Tests;

/// <summary>A 10 MB article generates well-formed source beside a small one (compiling it is left to the measured runs: tens of seconds).</summary>
public class LargeArticleTests
{
    [Fact]
    public void A_10_MB_article_generates_well_formed_source_and_keeps_its_whole_text()
    {
        var builder = new StringBuilder();
        var paragraph = TestArticles.Read("ReutersHaldenCorvina.txt") + "\n";
        while (builder.Length < 10_000_000)
            builder.Append(paragraph);
        var text = builder.ToString();

        var run = new GeneratorHarness()
            .WithArticle(new ArticleFile("/project/Articles/Huge.txt", text, Published: "2025-06-10"))
            .WithArticle(new ArticleFile("/project/Articles/Small.txt", "LONDON (Reuters) - A small story."))
            .Run();

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(1, run.ArticleClassCount("Small"));
        var huge = run.Result.GeneratedSources.Single(s => s.HintName == Emit.ArticleFiles.HintNameOf("Huge", 2));
        Assert.Empty(huge.SyntaxTree.GetDiagnostics());
        var textConstant = huge.SyntaxTree.GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
            .Single(c => c.Identifier.ValueText == "Huge")
            .DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
            .Single(v => v.Identifier.ValueText == "Text");
        Assert.Equal(text, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)textConstant.Initializer!.Value).Token.ValueText);
    }
}
