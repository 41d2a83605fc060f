using System;
using System.Collections.Generic;
using ArticleRecords.Extraction;

namespace ArticleRecords.Evaluation;

/// <summary>Reads metadata.tsv: each article's publication date by file name.</summary>
internal static class CorpusMetadata
{
    public static Dictionary<string, CalendarDate> ReadPublicationDates(string tsv)
    {
        var dates = new Dictionary<string, CalendarDate>(StringComparer.Ordinal);
        var lines = tsv.Split('\n');
        if (lines.Length == 0)
            return dates;
        var header = lines[0].TrimEnd('\r').Split('\t');
        int nameColumn = Array.IndexOf(header, "filename"), dateColumn = Array.IndexOf(header, "publication_date");
        if (nameColumn < 0 || dateColumn < 0)
            return dates;
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].TrimEnd('\r').Split('\t');
            if (fields.Length > Math.Max(nameColumn, dateColumn) && CalendarDate.TryParseIso(fields[dateColumn], out var date))
                dates[fields[nameColumn]] = date;
        }
        return dates;
    }
}
