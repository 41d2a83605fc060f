namespace ArticleRecords.Extraction.People;

/// <summary>
/// A run of capitalised tokens [First, Last] (token indexes, inclusive), with the dots of
/// abbreviations and initials inside it. <see cref="Possessive"/> when the last word ends in ’s.
/// </summary>
internal readonly record struct NameRun(int First, int Last, bool Possessive);
