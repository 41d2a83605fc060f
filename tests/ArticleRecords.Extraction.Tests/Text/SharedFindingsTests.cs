using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

/// <summary>
/// The name runs, organisation mentions, people and the kinds of date each word may start, which several stages read,
/// are found once per document and kept on it: every stage of one article reads the same findings, and no article
/// reads another's.
/// </summary>
public class SharedFindingsTests
{
    private const string Text = "Sen. Jane Doe of the Foreign Affairs Ministry met Mr. John Roe. Doe said the Halden Pharma Plc deal was done.";

    private static ArticleDocument Parse() => ArticleDocument.Parse(Text, CancellationToken.None);

    [Fact]
    public void Name_runs_are_scanned_once_per_document()
    {
        var document = Parse();
        var runs = NameRunScanner.Scan(document, CancellationToken.None);

        Assert.Same(runs, NameRunScanner.Scan(document, CancellationToken.None));
        Assert.Equal(NameRunScanner.ScanUncached(document, CancellationToken.None), runs);
        Assert.NotSame(runs, NameRunScanner.Scan(Parse(), CancellationToken.None));
    }

    [Fact]
    public void Organisation_mentions_are_found_once_per_document()
    {
        var document = Parse();
        var mentions = OrganizationFinder.Find(document, CancellationToken.None);

        Assert.Same(mentions, OrganizationFinder.Find(document, CancellationToken.None));
        Assert.Equal(OrganizationFinder.FindUncached(document, CancellationToken.None), mentions);
        Assert.NotSame(mentions, OrganizationFinder.Find(Parse(), CancellationToken.None));
    }

    [Fact]
    public void The_kinds_of_date_each_token_may_start_are_read_once_per_document()
    {
        var document = ArticleDocument.Parse("On Monday, twenty-five of 30 said seven.", CancellationToken.None);
        var starts = DateStarters.Of(document, CancellationToken.None);

        Assert.Same(starts, DateStarters.Of(document, CancellationToken.None));
        Assert.Equal(document.Tokens.Count, starts.Length);
        var byWord = Enumerable.Range(0, starts.Length).ToDictionary(i => document.TextOf(document.Tokens[i]) + "@" + i, i => starts[i]);
        Assert.Equal(DateStart.Weekday, byWord["Monday@1"]);
        Assert.Equal(DateStart.None, byWord[",@2"]);
        Assert.Equal(DateStart.NumberWord, byWord["twenty-five@3"]);
        Assert.Equal(DateStart.None, byWord["30@5"]);
        Assert.Equal(DateStart.None, byWord["said@6"]);
        Assert.True(byWord["seven@7"].HasFlag(DateStart.NumberWord));
    }

    [Fact]
    public void The_people_directory_answers_only_for_the_array_last_handed_out_for_the_document()
    {
        var document = Parse();
        var places = PlaceExtractor.Extract(document, null, CancellationToken.None);
        var first = PersonExtractor.Extract(document, places, CancellationToken.None);
        var latest = PersonExtractor.Extract(document, places, CancellationToken.None);

        Assert.Contains(latest, person => person.Name == "Jane Doe");
        Assert.NotNull(PersonExtractor.DirectoryOf(document, latest));
        Assert.Null(PersonExtractor.DirectoryOf(document, first));
        Assert.Null(PersonExtractor.DirectoryOf(document, latest.ToArray()));
        Assert.Null(PersonExtractor.DirectoryOf(Parse(), latest));
    }
}
