namespace ArticleRecords.Extraction.Tests.Dates;

// The seed's dates and money as the generator sees them: through ArticleExtractor, offsets into the normalised text.
public class SeedThroughArticleExtractorTests
{
    [Fact]
    public void Yields_the_seed_dates_and_money()
    {
        var text = TestArticles.Read("KazakhstanAbrahamAccords.txt");
        var article = ArticleExtractor.Extract(text, new ExtractionOptions(new CalendarDate(2025, 11, 7)));

        Assert.Equal(
            new[] { new DateMention("Nov. 7", 2025, 11, 7, 247, 6), new DateMention("Nov. 6", 2025, 11, 6, 958, 6) },
            System.Linq.Enumerable.ToArray(article.Dates));
        Assert.Equal(new[] { new MoneyMention("$17 billion", 17_000_000_000m, "USD", 2100, 11) }, System.Linq.Enumerable.ToArray(article.Money));
        Assert.Equal("Nov. 6", article.Text.Substring(958, 6));
    }
}
