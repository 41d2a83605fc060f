using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Pairs the double quotation marks of an article in one pass over its paragraphs.
/// <list type="bullet">
/// <item>A paragraph that ends inside a quotation continues it when the next paragraph opens
/// with a mark (the news convention for a quotation over several paragraphs); otherwise the
/// opening mark is unbalanced and yields no passage.</item>
/// <item>An opening mark inside an open quotation starts an inner quotation written with double
/// marks. If the paragraph ends with only one closing mark after it, that mark closes the outer
/// quotation (the writer misnested: “… of “two states,” the statement reads.); either way the
/// inner phrase stays part of the outer passage and is reported as ambiguous.</item>
/// <item>A closing mark with nothing open is unbalanced.</item>
/// <item>In a quoted transcript, a paragraph that opens with a mark and a speaker label ("“CLINTON: …") ends the
/// quotation of the paragraph before at that paragraph's end (no closing mark) and opens its own.</item>
/// </list>
/// </summary>
internal static class QuotationScanner
{
    public static List<QuotedPassage> Scan(ArticleDocument document, List<ExtractionIssue> issues, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var paragraphs = document.Paragraphs;
        var passages = new List<QuotedPassage>();
        var state = new OpenQuotation();
        var rareMarks = QuotationMarks.HasRareMarks(text);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            var first = paragraph.Start;
            if (state.IsOpen)
            {
                // Continued from the previous paragraph: skip the reopening mark.
                first++;
                state.PieceStart = first;
            }
            cancellationToken.ThrowIfCancellationRequested();
            // Only the double marks matter: the search skips from one to the next.
            for (var i = QuotationMarks.IndexOfDoubleMark(text, first, paragraph.End, rareMarks); i >= 0;
                 i = QuotationMarks.IndexOfDoubleMark(text, i + 1, paragraph.End, rareMarks))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var kind = QuotationMarks.Classify(text, i, paragraph.Start, paragraph.End, state.IsOpen);
                if (kind == QuotationMarkKind.Open)
                    Open(state, i, p);
                else if (kind == QuotationMarkKind.Close)
                    Close(state, i, passages, issues);
            }
            if (state.IsOpen)
                EndParagraph(document, state, p, passages, issues);
        }
        return passages;
    }

    private static void Open(OpenQuotation state, int at, int paragraph)
    {
        if (!state.IsOpen)
        {
            state.Begin(at, paragraph);
        }
        else if (state.NestedOpen < 0)
        {
            state.NestedOpen = at;
        }
    }

    private static void Close(OpenQuotation state, int at, List<QuotedPassage> passages, List<ExtractionIssue> issues)
    {
        if (!state.IsOpen)
        {
            issues.Add(Issues.Unbalanced(at, "A closing quotation mark has no opening mark."));
            return;
        }
        if (state.NestedOpen >= 0 && state.NestedClose < 0)
        {
            state.NestedClose = at;
            return;
        }
        if (state.NestedOpen >= 0)
            issues.Add(Issues.AmbiguousNesting(state.NestedOpen));
        passages.Add(state.Finish(at));
    }

    private static void EndParagraph(ArticleDocument document, OpenQuotation state, int paragraph, List<QuotedPassage> passages, List<ExtractionIssue> issues)
    {
        if (state.NestedOpen >= 0 && state.NestedClose >= 0)
        {
            issues.Add(Issues.AmbiguousNesting(state.NestedOpen));
            passages.Add(state.Finish(state.NestedClose));
            return;
        }
        var paragraphs = document.Paragraphs;
        if (state.NestedOpen < 0 && paragraph + 1 < paragraphs.Length && OpensWithMark(document, paragraphs[paragraph + 1]))
        {
            // A quoted transcript: the next paragraph's speaker label ("“CLINTON: …") starts another speaker's quotation.
            if (TranscriptLabels.LabelLast(document, document.TokenIndexAtOrAfter(paragraphs[paragraph + 1].Start + 1)) >= 0)
            {
                passages.Add(state.Finish(paragraphs[paragraph].End));
                return;
            }
            state.Pieces.Add(new TextRange(state.PieceStart, paragraphs[paragraph].End - state.PieceStart));
            return;
        }
        issues.Add(Issues.Unbalanced(state.OpenMark, "This quotation mark opens a quotation that is never closed."));
        state.Reset();
    }

    private static bool OpensWithMark(ArticleDocument document, TextRange paragraph) =>
        QuotationMarks.Classify(document.Text, paragraph.Start, paragraph.Start, paragraph.End, quotationOpen: false) == QuotationMarkKind.Open;

    private sealed class OpenQuotation
    {
        public int OpenMark { get; private set; } = -1;

        public int Paragraph { get; private set; }

        public int PieceStart { get; set; }

        public int NestedOpen { get; set; } = -1;

        public int NestedClose { get; set; } = -1;

        // The pieces of the open quotation; a finished passage keeps its list, and the next one gets a new list.
        public List<TextRange> Pieces { get; private set; } = new();

        public bool IsOpen => OpenMark >= 0;

        public void Begin(int openMark, int paragraph)
        {
            OpenMark = openMark;
            Paragraph = paragraph;
            PieceStart = openMark + 1;
            // Most quotations stand in one paragraph: one piece.
            Pieces = new List<TextRange>(1);
        }

        public QuotedPassage Finish(int closeMark)
        {
            Pieces.Add(new TextRange(PieceStart, closeMark - PieceStart));
            var passage = new QuotedPassage(OpenMark, closeMark, Paragraph, Pieces);
            Reset();
            return passage;
        }

        public void Reset()
        {
            OpenMark = -1;
            NestedOpen = -1;
            NestedClose = -1;
        }
    }
}
