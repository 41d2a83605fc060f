using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Tests.Dates;

namespace ArticleRecords.Extraction.Tests.Money;

public class MoneyInTestArticlesTests
{
    private static MoneyMention[] Find(string file, ExtractionOptions? options = null) =>
        MoneyExtractor.Extract(TestArticles.Parse(file), options ?? ExtractionOptions.Default, CancellationToken.None);

    [Fact]
    public void Seed_yields_exactly_seventeen_billion_dollars()
    {
        var mention = Assert.Single(Find("KazakhstanAbrahamAccords.txt", new ExtractionOptions(new CalendarDate(2025, 11, 7))));
        Assert.Equal(new MoneyMention("$17 billion", 17_000_000_000m, "USD", 2100, 11), mention);
    }

    [Fact]
    public void Reuters_article_yields_dollars_pounds_and_pence() =>
        Assert.Equal(
            "$1.2bn=1200000000 USD | $38.50=38.5 USD | 300 million pounds=300000000 GBP | $402 million=402000000 USD | 1,412 pence=14.12 GBP | $900m=900000000 USD",
            MoneyExtractorTests.Show(Find("ReutersHaldenCorvina.txt")));

    [Fact]
    public void Ap_article_yields_the_package_but_not_the_vote() =>
        Assert.Equal("$4.5 billion=4500000000 USD", MoneyExtractorTests.Show(Find("ApSenateWildfireAid.txt")));

    [Fact]
    public void Riverton_article_yields_the_aid_request_only() =>
        Assert.Equal("$25 million=25000000 USD", MoneyExtractorTests.Show(Find("RivertonFloodMayor.txt")));

    [Theory]
    [InlineData("KazakhstanAbrahamAccords.txt")]
    [InlineData("ReutersHaldenCorvina.txt")]
    [InlineData("ApSenateWildfireAid.txt")]
    [InlineData("RivertonFloodMayor.txt")]
    public void Every_mention_points_at_its_text_in_order(string file)
    {
        var document = TestArticles.Parse(file);
        var found = MoneyExtractor.Extract(document, ExtractionOptions.Default, CancellationToken.None);
        Assert.All(found, m => Assert.Equal(m.Text, document.Text.Substring(m.Start, m.Length)));
        Assert.Equal(found.Select(m => m.Start).OrderBy(s => s), found.Select(m => m.Start));
    }
}
