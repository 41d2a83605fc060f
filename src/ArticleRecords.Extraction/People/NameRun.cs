namespace ArticleRecords.Extraction.People;

/// <summary>
/// A run of capitalised tokens [First, Last] (token indexes, inclusive), with the dots of
/// abbreviations and initials inside it. A possessive word ends a run (see <see cref="NameRunScanner.EndsPossessive"/>).
/// </summary>
internal readonly record struct NameRun(int First, int Last);
