namespace ArticleRecords.Extraction.Places;

/// <summary>A lexicon name found in the tokens <c>[StartToken, EndToken)</c>.</summary>
internal readonly record struct PlaceMatch(PlaceEntry Entry, int StartToken, int EndToken);
