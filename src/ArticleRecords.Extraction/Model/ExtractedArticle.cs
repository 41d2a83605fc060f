namespace ArticleRecords.Extraction;

/// <summary>Everything extracted from one article. Compared by value.</summary>
/// <param name="Text">The normalised text every offset points into (no BOM, <c>\n</c> line endings).</param>
/// <param name="Title">The headline detected on the first line, or null.</param>
/// <param name="Dateline">The dateline, or null.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
/// <param name="Sentences">The sentences, in order.</param>
/// <param name="Quotes">Direct quotations, in order.</param>
/// <param name="Dates">Date mentions, in order.</param>
/// <param name="Money">Money mentions, in order.</param>
/// <param name="People">People, in order of first mention.</param>
/// <param name="Organizations">Organisations, in order of first mention.</param>
/// <param name="Places">Places, in order of first mention.</param>
/// <param name="Issues">Problems found in the text.</param>
public sealed record ExtractedArticle(
    string Text,
    string? Title,
    Dateline? Dateline,
    EquatableArray<TextRange> Paragraphs,
    EquatableArray<TextRange> Sentences,
    EquatableArray<Quote> Quotes,
    EquatableArray<DateMention> Dates,
    EquatableArray<MoneyMention> Money,
    EquatableArray<Person> People,
    EquatableArray<Organization> Organizations,
    EquatableArray<Place> Places,
    EquatableArray<ExtractionIssue> Issues);
