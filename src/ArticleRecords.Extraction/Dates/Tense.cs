namespace ArticleRecords.Extraction.Dates;

/// <summary>Which way a clause points in time, as far as its verbs tell.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}
