using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleRecords.Evaluation;

/// <summary>One piece of a (possibly discontinuous) brat text-bound span; End is exclusive.</summary>
internal readonly record struct SpanFragment(int Start, int End);

/// <summary>A brat text-bound annotation: "T3\tContent 120 211;215 230\t...".</summary>
internal sealed record BratSpan(string Id, string Label, SpanFragment[] Fragments, string Text);

/// <summary>An attribution relation: which Content a Source said (Source may be absent).</summary>
internal sealed record BratAttribution(string ContentId, string? SourceId, string? CueId);

/// <summary>The text-bound spans and attribution relations of one .ann file.</summary>
internal sealed class BratAnnotations
{
    private BratAnnotations(Dictionary<string, BratSpan> spans, List<BratAttribution> attributions)
    {
        Spans = spans;
        Attributions = attributions;
    }

    public IReadOnlyDictionary<string, BratSpan> Spans { get; }

    public IReadOnlyList<BratAttribution> Attributions { get; }

    /// <summary>Reads brat standoff text; malformed lines are skipped.</summary>
    public static BratAnnotations Parse(string annotationText)
    {
        var spans = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        var attributions = new List<BratAttribution>();
        foreach (var rawLine in annotationText.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0)
                continue;
            if (fields[0][0] == 'T' && TryParseSpan(fields, out var span))
                spans[span.Id] = span;
            else if (fields[0][0] == 'E' || fields[0][0] == 'R')
                AddAttribution(fields[1], attributions);
        }
        return new BratAnnotations(spans, attributions);
    }

    private static bool TryParseSpan(string[] fields, out BratSpan span)
    {
        span = null!;
        var space = fields[1].IndexOf(' ');
        if (space <= 0)
            return false;
        var label = fields[1].Substring(0, space);
        var fragments = new List<SpanFragment>();
        foreach (var piece in fields[1].Substring(space + 1).Split(';'))
        {
            var bounds = piece.Trim().Split(' ');
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
                return false;
            fragments.Add(new SpanFragment(start, end));
        }
        span = new BratSpan(fields[0], label, fragments.ToArray(), fields.Length > 2 ? fields[2] : "");
        return true;
    }

    // "Attribution:T4 Content:T3 Cue:T2 Source:T1"
    private static void AddAttribution(string arguments, List<BratAttribution> attributions)
    {
        string? content = null, source = null, cue = null;
        foreach (var argument in arguments.Split(' '))
        {
            var colon = argument.IndexOf(':');
            if (colon <= 0)
                continue;
            var role = argument.Substring(0, colon);
            var id = argument.Substring(colon + 1);
            if (role.StartsWith("Content", StringComparison.Ordinal))
                content = id;
            else if (role.StartsWith("Source", StringComparison.Ordinal))
                source = id;
            else if (role.StartsWith("Cue", StringComparison.Ordinal))
                cue = id;
        }
        if (content is not null)
            attributions.Add(new BratAttribution(content, source, cue));
    }
}
