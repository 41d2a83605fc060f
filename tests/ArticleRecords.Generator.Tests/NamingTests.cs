using ArticleRecords.Generator.Parsing;

namespace ArticleRecords.Generator.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("/p/Articles/kazakhstan-abraham_accords.txt", "KazakhstanAbrahamAccords")]
    [InlineData("/p/Articles/000_00dd62ac403b8782.txt", "Article00000dd62ac403b8782")]
    [InlineData("/p/Articles/class.txt", "Class")]
    [InlineData("/p/Articles/état civil.txt", "ÉtatCivil")]
    [InlineData("/p/Articles/---.txt", "Article")]
    [InlineData("/p/Articles/all.txt", "AllArticle")]
    [InlineData("/p/Articles/facts.txt", "FactsArticle")]
    [InlineData("/p/Articles/quote1.txt", "Quote1")]
    [InlineData("/p/Articles/a\u200Db.txt", "Ab")]
    public void File_names_become_valid_PascalCase_identifiers(string path, string expected)
    {
        var name = ArticleNames.FromFileName(path);
        Assert.Equal(expected, name);
        Assert.Null(ArticleNames.Validate(name));
    }

    [Theory]
    [InlineData("Valid", true)]
    [InlineData("_under", true)]
    [InlineData("int", false)]
    [InlineData("A\u200DB", false)]
    [InlineData("Records", true)]
    [InlineData("Record", false)]
    public void Explicit_names_are_checked_by_Roslyn_rules(string name, bool valid) =>
        Assert.Equal(valid, ArticleNames.Validate(name) is null);

    [Theory]
    [InlineData("ArticleRecords", true)]
    [InlineData("My.News.Data", true)]
    [InlineData("My..News", false)]
    [InlineData("global", false)]
    [InlineData("1News", false)]
    public void Namespaces_are_dotted_identifiers(string name, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValidNamespace(name));
}
