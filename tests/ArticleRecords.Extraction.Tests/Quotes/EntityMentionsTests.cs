using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Quotes;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Quotes;

public class EntityMentionsTests
{
    private const string First = "Sen. Jane Doe of the Foreign Affairs Ministry met Mr. John Roe. Doe said the Halden Pharma Plc deal was done. Roe agreed.";
    private const string Second = "President Barack Obama spoke to the United Nations. Mrs. Clinton listened, and Obama left.";

    private static EntityMentions Build(string text)
    {
        var document = ArticleDocument.Parse(text, CancellationToken.None);
        var places = PlaceExtractor.Extract(document, null, CancellationToken.None);
        var people = PersonExtractor.Extract(document, places, CancellationToken.None);
        var mentions = OrganizationFinder.Find(document, CancellationToken.None);
        return EntityMentions.Build(document, people, OrganizationExtractor.Deduplicate(mentions), mentions, CancellationToken.None);
    }

    private static object Answers(EntityMentions mentions) => new
    {
        All = string.Join("; ", mentions.All),
        People = string.Join(" ", new[] { "Barack Obama", "Obama", "Jane Doe", "Clinton" }.Select(mentions.IsPersonName)),
        Organizations = string.Join(" ", new[] { "United Nations", "Foreign Affairs Ministry", "Affairs Ministry", "Halden", "Halden Pharma" }.Select(mentions.IsOrganizationName)),
        Gender = string.Join(" ", new[] { "Clinton", "Barack Obama", "Jane Doe" }.Select(name => mentions.GenderOf(name))),
        Before = string.Join(" ", mentions.LastPersonBefore(80, NameGender.Unknown), mentions.LastOrganizationWith("ministry", 200)),
    };

    [Fact]
    public async Task Tables_given_back_by_one_article_serve_the_next_alike()
    {
        var fresh = await Task.Factory.StartNew(() => Answers(Build(Second)), TaskCreationOptions.LongRunning);
        Build(First).Release();

        var reused = Build(Second);

        Assert.Equal(fresh, Answers(reused));
        Assert.NotEmpty(reused.All);
        reused.Release();
    }

    [Fact]
    public void Released_mentions_are_not_asked_again()
    {
        var mentions = Build(First);
        mentions.Release();
        mentions.Release();

        Assert.Throws<InvalidOperationException>(() => mentions.IsPersonName("Jane Doe"));
        Assert.Throws<InvalidOperationException>(() => mentions.LastPersonBefore(100, NameGender.Unknown));
    }
}
