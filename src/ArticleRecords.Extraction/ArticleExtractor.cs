using System.Threading;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Datelines;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Quotes;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction;

/// <summary>Reads one article's text and returns every fact found in it.</summary>
public static class ArticleExtractor
{
    /// <summary>
    /// Extracts the headline, dateline, quotations, dates, money, people, organisations and places
    /// of <paramref name="text"/>. The text is normalised first (see <see cref="ArticleText.Normalize"/>);
    /// every offset in the result points into <see cref="ExtractedArticle.Text"/>. Runs in time linear in
    /// the length of the text and never throws on any input, except <see cref="System.OperationCanceledException"/>.
    /// </summary>
    public static ExtractedArticle Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExtractionOptions.Default;
        var document = ArticleDocument.Parse(ArticleText.Normalize(text), cancellationToken);

        try
        {
            var headline = HeadlineDetector.Detect(document);
            var dates = DateExtractor.Extract(document, options, cancellationToken);
            var money = MoneyExtractor.Extract(document, options, cancellationToken);
            var dateline = DatelineExtractor.Extract(document, headline, dates, cancellationToken);
            var places = PlaceExtractor.Extract(document, dateline, cancellationToken);
            // Found once: the organisations list and the speaker rules both read these mentions.
            var organizationMentions = OrganizationFinder.Find(document, cancellationToken);
            var organizations = OrganizationExtractor.Deduplicate(organizationMentions);
            var people = PersonExtractor.Extract(document, places, cancellationToken);
            var quotes = QuoteExtractor.Extract(document, people, organizations, organizationMentions, cancellationToken);

            return new ExtractedArticle(
                document.Text,
                headline is { } range ? document.TextOf(range) : null,
                dateline,
                new EquatableArray<TextRange>(document.Paragraphs),
                new EquatableArray<TextRange>(document.Sentences),
                new EquatableArray<Quote>(quotes.Quotes),
                new EquatableArray<DateMention>(dates),
                new EquatableArray<MoneyMention>(money),
                new EquatableArray<Person>(people),
                new EquatableArray<Organization>(organizations),
                new EquatableArray<Place>(places),
                new EquatableArray<ExtractionIssue>(quotes.Issues));
        }
        finally
        {
            // Nothing extracted holds a token: the array serves the thread's next article.
            document.GiveBackTokens();
        }
    }
}
