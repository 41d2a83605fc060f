using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Generator.Parsing;

/// <summary>
/// Turns the extractor's issues into diagnostics located in the file as written: offsets into the
/// normalised text are mapped back through the BOM and CR LF line endings the normaliser removed.
/// </summary>
internal static class IssueDiagnostics
{
    /// <summary>More than this many issues in one article are summed up in the last one's message.</summary>
    public const int MaximumPerArticle = 50;

    public static IEnumerable<DiagnosticInfo> Create(string filePath, string originalText, EquatableArray<ExtractionIssue> issues)
    {
        if (issues.Count == 0)
            yield break;

        var lines = SourceText.From(originalText).Lines;
        var ordered = issues.OrderBy(i => i.Start).Take(MaximumPerArticle).ToArray();
        var offsets = ordered.SelectMany(i => new[] { i.Start, i.Start + i.Length }).Distinct().OrderBy(o => o).ToArray();
        var mapped = OriginalOffsets.Map(originalText, offsets);
        var toOriginal = new Dictionary<int, int>();
        for (var i = 0; i < offsets.Length; i++)
            toOriginal[offsets[i]] = mapped[i];

        for (var i = 0; i < ordered.Length; i++)
        {
            var span = TextSpan.FromBounds(toOriginal[ordered[i].Start], toOriginal[ordered[i].Start + ordered[i].Length]);
            var location = new LocationInfo(filePath, span, lines.GetLinePositionSpan(span));
            var message = ordered[i].Message;
            if (i == ordered.Length - 1 && issues.Count > ordered.Length)
                message += $" ({issues.Count - ordered.Length} more issues in this article are not reported)";
            yield return DiagnosticInfo.Create(DescriptorFor(ordered[i].Kind), location, message);
        }
    }

    private static DiagnosticDescriptor DescriptorFor(ExtractionIssueKind kind) => kind switch
    {
        ExtractionIssueKind.AmbiguousNestedQuotation => DiagnosticDescriptors.AmbiguousNestedQuotation,
        _ => DiagnosticDescriptors.UnbalancedQuotation,
    };
}
