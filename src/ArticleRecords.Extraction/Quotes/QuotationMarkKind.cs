namespace ArticleRecords.Extraction.Quotes;

/// <summary>What a double quotation mark does where it stands.</summary>
internal enum QuotationMarkKind : byte
{
    None,
    Open,
    Close,
}
