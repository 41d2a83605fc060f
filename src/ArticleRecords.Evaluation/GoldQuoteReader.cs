using System.Collections.Generic;

namespace ArticleRecords.Evaluation;

/// <summary>
/// Finds the gold direct quotations of an article: inside each fragment of each Content span,
/// every segment enclosed by a pair of double quotation marks (curly or straight). An opening
/// mark met while a segment is open restarts it, so the segment is always the innermost pair.
/// </summary>
internal static class GoldQuoteReader
{
    public static List<GoldQuote> Read(string articleText, BratAnnotations annotations)
    {
        var quotes = new List<GoldQuote>();
        var seen = new HashSet<(int, int)>();
        foreach (var attribution in annotations.Attributions)
        {
            if (!annotations.Spans.TryGetValue(attribution.ContentId, out var content))
                continue;
            string? source = attribution.SourceId is { } sourceId && annotations.Spans.TryGetValue(sourceId, out var sourceSpan)
                ? sourceSpan.Text
                : null;
            foreach (var fragment in content.Fragments)
                AddSegments(articleText, fragment, source, quotes, seen);
        }
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return quotes;
    }

    private static void AddSegments(string text, SpanFragment fragment, string? source, List<GoldQuote> quotes, HashSet<(int, int)> seen)
    {
        var end = System.Math.Min(fragment.End, text.Length);
        var open = -1;
        for (var i = fragment.Start; i < end; i++)
        {
            var c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0))
            {
                open = i + 1;
            }
            else if ((c == '\u201D' || c == '"') && open >= 0)
            {
                if (i > open && seen.Add((open, i)))
                    quotes.Add(new GoldQuote(open, i, source));
                open = -1;
            }
        }
    }
}
