using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

internal sealed record QuoteExtraction(Quote[] Quotes, ExtractionIssue[] Issues);

/// <summary>
/// Finds the direct quotations of an article (<see cref="QuotationScanner"/>) and who said them
/// (<see cref="SpeakerAttributor"/>). A quotation over several paragraphs keeps one "\n" between
/// the paragraphs' pieces in <see cref="Quote.Text"/>; its Start..Length spans all of them.
/// </summary>
internal static class QuoteExtractor
{
    public static QuoteExtraction Extract(ArticleDocument document, Person[] people, Organization[] organizations, IReadOnlyList<OrganizationMention> organizationMentions, CancellationToken cancellationToken)
    {
        var issues = new List<ExtractionIssue>();
        var passages = QuotationScanner.Scan(document, issues, cancellationToken);
        // An article without quotations needs none of the mentions the speaker rules read; many have none (157 of the
        // 840 PolNeAR articles hold no double quotation mark at all).
        if (passages.Count == 0)
            return new QuoteExtraction(Array.Empty<Quote>(), SortedByStart(issues));
        var entities = EntityMentions.Build(document, people, organizations, organizationMentions, cancellationToken);
        try
        {
            var cues = new CueFinder(document);
            var attributor = new SpeakerAttributor(document, cues, new SpeakerResolver(document, entities, cues));
            var quotes = new List<Quote>(passages.Count);
            for (var i = 0; i < passages.Count; i++)
            {
                if ((i & 0xFF) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                var passage = passages[i];
                var text = TextOf(document, passage);
                if (string.IsNullOrWhiteSpace(text))
                    continue;
                var partial = PartialQuotation.Is(document, cues, passage);
                var speaker = attributor.Attribute(passages, i, text, partial);
                quotes.Add(new Quote(text, speaker.Speaker, speaker.Mention, speaker.Cue, partial, passage.Paragraph, passage.Start, passage.Length));
            }
            return new QuoteExtraction(quotes.ToArray(), SortedByStart(issues));
        }
        finally
        {
            // Nothing returned holds a mention.
            entities.Release();
        }
    }

    private static ExtractionIssue[] SortedByStart(List<ExtractionIssue> issues)
    {
        issues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return issues.ToArray();
    }

    private static string TextOf(ArticleDocument document, QuotedPassage passage)
    {
        if (passage.Pieces.Count == 1)
            return document.TextOf(passage.Pieces[0]);
        var builder = new StringBuilder(passage.Length);
        foreach (var piece in passage.Pieces)
        {
            if (builder.Length > 0)
                builder.Append('\n');
            builder.Append(document.Text, piece.Start, piece.Length);
        }
        return builder.ToString();
    }
}
