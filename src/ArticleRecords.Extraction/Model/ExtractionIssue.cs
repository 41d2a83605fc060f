namespace ArticleRecords.Extraction;

/// <summary>What kind of problem the extractor found in an article's text.</summary>
public enum ExtractionIssueKind
{
    /// <summary>A quotation mark that nothing closes, or a closing mark that nothing opened.</summary>
    UnbalancedQuotation,

    /// <summary>A double mark inside a double-quoted passage that could open a nested quotation or close the outer one.</summary>
    AmbiguousNestedQuotation,
}

/// <summary>A problem in the text, located by offset, for the generator to report.</summary>
/// <param name="Kind">What the problem is.</param>
/// <param name="Start">Offset of the text at fault.</param>
/// <param name="Length">Length of the text at fault.</param>
/// <param name="Message">A sentence that tells the writer what was found.</param>
public sealed record ExtractionIssue(ExtractionIssueKind Kind, int Start, int Length, string Message);
