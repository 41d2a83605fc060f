using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Datelines;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Quotes;
using ArticleRecords.Extraction.Text;
using BenchmarkDotNet.Attributes;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// Extraction over the whole benchmark corpus, in all and per extractor. MB/s is the corpus size
/// (printed at start) divided by the mean; allocated bytes per input byte is Allocated / UTF-8 bytes (printed at start).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string[] _texts = null!;
    private ArticleDocument[] _documents = null!;
    private readonly ExtractionOptions _options = new(Published: new CalendarDate(2016, 1, 1));

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkCorpus.Texts;
        _documents = new ArticleDocument[_texts.Length];
        for (var i = 0; i < _texts.Length; i++)
            _documents[i] = ArticleDocument.Parse(ArticleText.Normalize(_texts[i]), CancellationToken.None);
        System.Console.WriteLine($"// corpus {BenchmarkCorpus.Source}: {_texts.Length} articles, {System.Linq.Enumerable.Sum(_texts, t => System.Text.Encoding.UTF8.GetByteCount(t)):N0} UTF-8 bytes");
    }

    [Benchmark(Baseline = true, Description = "whole extraction")]
    public int Whole()
    {
        var count = 0;
        foreach (var text in _texts)
            count += ArticleExtractor.Extract(text, _options).Quotes.Count;
        return count;
    }

    [Benchmark(Description = "text: tokens, paragraphs, sentences")]
    public int Document()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            // Given back as the pipeline does, so each article reuses the token array.
            var document = ArticleDocument.Parse(ArticleText.Normalize(text), CancellationToken.None);
            count += document.Tokens.Count;
            document.GiveBackTokens();
        }
        return count;
    }

    [Benchmark(Description = "dates")]
    public int Dates()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            // Anew each time: the kinds of date each word may start are read once per document (money then reads them).
            document.DateStarts = null;
            count += DateExtractor.Extract(document, _options, CancellationToken.None).Length;
        }
        return count;
    }

    [Benchmark(Description = "money")]
    public int Money()
    {
        var count = 0;
        foreach (var document in _documents)
            count += MoneyExtractor.Extract(document, _options, CancellationToken.None).Length;
        return count;
    }

    [Benchmark(Description = "headline and dateline")]
    public int Datelines()
    {
        var count = 0;
        foreach (var document in _documents)
            count += DatelineExtractor.Extract(document, HeadlineDetector.Detect(document), System.Array.Empty<DateMention>(), CancellationToken.None) is null ? 0 : 1;
        return count;
    }

    [Benchmark(Description = "places")]
    public int Places()
    {
        var count = 0;
        foreach (var document in _documents)
            count += PlaceExtractor.Extract(document, null, CancellationToken.None).Length;
        return count;
    }

    [Benchmark(Description = "organisations")]
    public int Organizations()
    {
        var count = 0;
        foreach (var document in _documents)
            count += OrganizationExtractor.Deduplicate(OrganizationFinder.FindUncached(document, CancellationToken.None)).Length;
        return count;
    }

    [Benchmark(Description = "people")]
    public int People()
    {
        var count = 0;
        foreach (var document in _documents)
            count += PersonExtractor.Extract(document, System.Array.Empty<Place>(), CancellationToken.None).Length;
        return count;
    }

    [Benchmark(Description = "quotes and speakers")]
    public int Quotes()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            var organizationMentions = OrganizationFinder.Find(document, CancellationToken.None);
            var organizations = OrganizationExtractor.Deduplicate(organizationMentions);
            var people = PersonExtractor.Extract(document, System.Array.Empty<Place>(), CancellationToken.None);
            count += QuoteExtractor.Extract(document, people, organizations, organizationMentions, CancellationToken.None).Quotes.Length;
        }
        return count;
    }
}
