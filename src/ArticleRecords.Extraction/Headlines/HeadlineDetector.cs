using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Datelines;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>
/// Decides whether the first paragraph is a headline. It is when a dateline or byline follows it, or
/// when it reads as one: short, a body after it, and either in title case, without closing punctuation,
/// or a single sentence without the marks of a news lead (past-tense reporting, a weekday).
/// It never is when it opens with a dateline or is the only paragraph.
/// </summary>
internal static class HeadlineDetector
{
    private const int MaxWords = 40;
    private const int MaxSentenceCaseWords = 18;
    private const int MaxWordsWithAuxiliary = 10;
    private const int MaxLength = 320;

    // Words a news lead uses and a headline avoids: past-tense reporting.
    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "said", "told", "announced", "reported", "according", "yesterday",
    };

    // Auxiliaries headline style drops ("Trump facing attack ads"): a sign of a lead in a longer line only,
    // since short headlines keep them often enough ("Rubio has the praise, just not the votes.").
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "has", "have", "had", "would", "could", "did", "does", "been",
    };

    // "on Tuesday": a lead dates the event, a headline seldom does ("4 Super Tuesday states").
    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    // Short words title case leaves in lower case.
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "with", "from", "into", "over", "than",
    };

    public static TextRange? Detect(ArticleDocument document)
    {
        var paragraphs = document.Paragraphs;
        if (paragraphs.Length < 2)
            return null;
        var first = paragraphs[0];
        if (first.Length > MaxLength || DatelineMatcher.MatchAt(document, 0) is not null || BylineDetector.IsByline(document, 0))
            return null;

        var shape = Measure(document, first);
        if (shape.Words == 0 || shape.Words > MaxWords)
            return null;

        var next = BylineDetector.IsByline(document, 1) ? 2 : 1;
        if (next == 2 || DatelineMatcher.MatchAt(document, next) is not null)
            return first;

        if (shape.EndsWith == ':')
            return null;
        if (shape.IsTitleCase || !shape.EndsWithTerminator)
            return first;
        return shape.Sentences == 1 && !shape.HasLeadWord && shape.Words <= MaxSentenceCaseWords
               && !(shape.HasAuxiliary && shape.Words > MaxWordsWithAuxiliary)
            ? first
            : null;
    }

    private static ParagraphShape Measure(ArticleDocument document, TextRange paragraph)
    {
        var tokens = document.Tokens;
        int words = 0, capitalised = 0, lowercase = 0;
        var hasLeadWord = false;
        var hasAuxiliary = false;
        var last = -1;
        for (var i = document.TokenIndexAtOrAfter(paragraph.Start); i < tokens.Length && tokens[i].Paragraph == 0; i++)
        {
            last = i;
            var token = tokens[i];
            if (!token.IsWord)
                continue;
            words++;
            var text = document.TextOf(token);
            hasAuxiliary |= Auxiliaries.Contains(text);
            hasLeadWord |= LeadWords.Contains(text)
                           || (Weekdays.Contains(text) && i > 0 && document.Is(tokens[i - 1], "on"));
            if (char.IsUpper(text[0]))
                capitalised++;
            else if (!MinorWords.Contains(text))
                lowercase++;
        }

        var sentences = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Start >= paragraph.End)
                break;
            if (sentence.Start >= paragraph.Start)
                sentences++;
        }

        var endsWith = last >= 0 ? LastMeaningfulChar(document, paragraph) : '\0';
        return new ParagraphShape(
            words,
            sentences,
            IsTitleCase: words >= 2 && capitalised >= 2 && lowercase * 4 <= capitalised,
            EndsWithTerminator: endsWith is '.' or '!' or '?' or '\u2026',
            EndsWith: document.Text[paragraph.End - 1],
            HasLeadWord: hasLeadWord,
            HasAuxiliary: hasAuxiliary);
    }

    // The last character that is not a closing quotation mark or bracket.
    private static char LastMeaningfulChar(ArticleDocument document, TextRange paragraph)
    {
        for (var i = paragraph.End - 1; i >= paragraph.Start; i--)
        {
            var c = document.Text[i];
            if (c is not ('"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB'))
                return c;
        }
        return '\0';
    }

    private readonly record struct ParagraphShape(int Words, int Sentences, bool IsTitleCase, bool EndsWithTerminator, char EndsWith, bool HasLeadWord, bool HasAuxiliary);
}
