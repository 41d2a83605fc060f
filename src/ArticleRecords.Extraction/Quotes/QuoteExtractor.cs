using System.Collections.Generic;
using System.Text;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

internal sealed record QuoteExtraction(Quote[] Quotes, ExtractionIssue[] Issues);

/// <summary>
/// Finds the direct quotations of an article and who said them. A quotation over several
/// paragraphs keeps one "\n" between the paragraphs' pieces in <see cref="Quote.Text"/>.
/// A quotation without a cue of its own takes the attribution of the quotation before it when
/// both stand in one sentence, or, when it is a full quotation, of the last attribution in its
/// paragraph or the one before.
/// </summary>
internal static class QuoteExtractor
{
    public static QuoteExtraction Extract(ArticleDocument document, Person[] people, Organization[] organizations, CancellationToken cancellationToken)
    {
        var issues = new List<ExtractionIssue>();
        var passages = QuotationScanner.Scan(document, issues, cancellationToken);
        var entities = EntityMentions.Build(document, people, organizations, cancellationToken);
        var cues = new CueFinder(document, cancellationToken);
        var resolver = new SpeakerResolver(document, entities);
        var quotes = new List<Quote>(passages.Count);
        Quote? previous = null;
        int previousSentence = -1, previousParagraph = -1;
        foreach (var passage in passages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = TextOf(document, passage);
            if (text.Trim().Length == 0)
                continue;
            var openToken = document.TokenIndexAtOrAfter(passage.OpenMark);
            var closeToken = document.TokenIndexAtOrAfter(passage.CloseMark);
            var partial = IsPartial(document, cues, openToken, passage);
            var sentence = document.SentenceOf(passage.OpenMark);

            string? speaker = null, mention = null, cue = null;
            if (partial && TitleText.IsTitle(text))
            {
                // “The View”, “Saturday Night Live”: a name or a title of a work, said by no one.
                quotes.Add(new Quote(text, null, null, null, partial, passage.Paragraph, passage.Start, passage.Length));
                continue;
            }
            var attribution = cues.After(closeToken) ?? cues.Before(openToken) ?? (partial ? null : cues.IntroducedBefore(openToken));
            var adjacent = previous is not null && (previousSentence == sentence || previousSentence == sentence - 1);
            if (attribution is { } found)
            {
                mention = Span(document, found.MentionFirst, found.MentionLast);
                cue = Span(document, found.CueFirst, found.CueLast);
                speaker = resolver.Resolve(found.MentionFirst, found.MentionLast);
            }
            else if (previous is not null && (previousSentence == sentence || (!partial && adjacent && passage.Paragraph - previousParagraph <= 1 && previous.Speaker is not null)))
            {
                speaker = previous.Speaker;
                mention = previous.SpeakerMention;
                cue = previous.Cue;
            }
            else if (cues.SentenceSubjectBefore(openToken) is { } clauseSubject
                     && resolver.Resolve(clauseSubject.First, clauseSubject.Last) is { } clauseSpeaker && resolver.IsPersonName(clauseSpeaker))
            {
                // Words quoted in a sentence about a named person are, in news writing, that person's.
                speaker = clauseSpeaker;
                mention = Span(document, clauseSubject.First, clauseSubject.Last);
            }
            else if (!partial && cues.PreviousSentenceSubject(openToken) is { } subject
                     && resolver.Resolve(subject.First, subject.Last) is { } subjectSpeaker && resolver.IsPersonName(subjectSpeaker))
            {
                // A quotation paragraph after a sentence about someone is theirs ("Priebus rejected that idea.").
                speaker = subjectSpeaker;
                mention = Span(document, subject.First, subject.Last);
            }
            else if (previous is not null && !partial && passage.Paragraph - previousParagraph <= 1 && previous.Speaker is not null)
            {
                speaker = previous.Speaker;
                mention = previous.SpeakerMention;
                cue = previous.Cue;
            }
            if (speaker is not null)
                resolver.Spoke(speaker, passage.CloseMark, resolver.IsPersonName(speaker));

            var quote = new Quote(text, speaker, mention, cue, partial, passage.Paragraph, passage.Start, passage.Length);
            quotes.Add(quote);
            if (speaker is not null || previousSentence != sentence)
            {
                previous = quote;
                previousSentence = document.SentenceOf(passage.CloseMark);
                previousParagraph = passage.LastParagraph;
            }
        }
        issues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new QuoteExtraction(quotes.ToArray(), issues.ToArray());
    }

    // A fragment inside the writer's sentence, unless it opens its paragraph or sentence, follows a
    // colon, or follows a comma or dash and starts with a capital ("He said, “We won.”").
    private static bool IsPartial(ArticleDocument document, CueFinder cues, int openToken, QuotedPassage passage)
    {
        var tokens = document.Tokens;
        if (openToken == 0 || tokens[openToken - 1].Paragraph != tokens[openToken].Paragraph)
            return false;
        var previous = openToken - 1;
        var c = document.Text[tokens[previous].Start];
        if (cues.IsSentenceEnd(previous) || QuotationMarks.IsDoubleMark(c) || c == ':')
            return false;
        var first = passage.Start < document.Text.Length ? document.Text[passage.Start] : ' ';
        if (c == ',' || CharClass.IsDash(c))
            return !char.IsUpper(first) && !(c == ',' && previous > 0 && cues.IsCueVerb(previous - 1));
        return true;
    }

    private static string Span(ArticleDocument document, int first, int last) =>
        document.TextBetween(document.Tokens[first].Start, document.Tokens[last].End);

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
