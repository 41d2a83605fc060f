namespace ArticleRecords.Extraction.Quotes;

/// <summary>The quotation problems the scanner reports, located on the mark at fault.</summary>
internal static class Issues
{
    public static ExtractionIssue Unbalanced(int mark, string message) =>
        new(ExtractionIssueKind.UnbalancedQuotation, mark, 1, message);

    public static ExtractionIssue AmbiguousNesting(int mark) =>
        new(ExtractionIssueKind.AmbiguousNestedQuotation, mark, 1,
            "A double quotation mark inside a double-quoted passage opens an inner quotation; use single marks for it, or close the outer quotation first.");
}
