using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Headlines;

/// <summary>What tells a headline from a news lead in a paragraph: its size, its casing, its ending, its words.</summary>
internal readonly record struct ParagraphShape(
    int Words,
    int Sentences,
    bool IsTitleCase,
    bool EndsWithTerminator,
    char EndsWith,
    bool HasLeadWord,
    bool HasAuxiliary)
{
    // Words a news lead uses and a headline avoids: past-tense reporting.
    private static readonly SliceSet LeadWords = new(new[]
    {
        "said", "told", "announced", "reported", "according", "yesterday",
    });

    // Auxiliaries headline style drops ("Trump facing attack ads"): a sign of a lead in a longer line only,
    // since short headlines keep them often enough ("Rubio has the praise, just not the votes.").
    private static readonly SliceSet Auxiliaries = new(new[]
    {
        "is", "are", "was", "were", "has", "have", "had", "would", "could", "did", "does", "been",
    });

    // "on Tuesday": a lead dates the event, a headline seldom does ("4 Super Tuesday states").
    private static readonly SliceSet Weekdays = new(new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    });

    // Short words title case leaves in lower case.
    private static readonly SliceSet MinorWords = new(new[]
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "with", "from", "into", "over", "than",
    });

    public static bool IsMinorWord(ArticleDocument document, in Token word) => MinorWords.Contains(document, word);

    public static ParagraphShape Measure(ArticleDocument document, int paragraph)
    {
        var range = document.Paragraphs[paragraph];
        var tokens = document.Tokens;
        int words = 0, capitalised = 0, lowercase = 0;
        var hasLeadWord = false;
        var hasAuxiliary = false;
        for (var i = document.FirstTokenOf(paragraph); i < tokens.Count && document.IsInParagraph(i, paragraph); i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
                continue;
            words++;
            // Each word is looked up where it stands, not copied out first.
            hasAuxiliary |= Auxiliaries.Contains(document, token);
            hasLeadWord |= LeadWords.Contains(document, token)
                           || (Weekdays.Contains(document, token) && i > 0 && document.Is(tokens[i - 1], "on"));
            if (char.IsUpper(document.FirstChar(token)))
                capitalised++;
            else if (!MinorWords.Contains(document, token))
                lowercase++;
        }

        var lastMeaningful = LastMeaningfulChar(document, range);
        return new ParagraphShape(
            words,
            CountSentences(document, range),
            IsTitleCase: words >= 2 && capitalised >= 2 && lowercase * 4 <= capitalised,
            EndsWithTerminator: lastMeaningful is '.' or '!' or '?' or '\u2026',
            EndsWith: document.Text[range.End - 1],
            HasLeadWord: hasLeadWord,
            HasAuxiliary: hasAuxiliary);
    }

    private static int CountSentences(ArticleDocument document, TextRange range)
    {
        var sentences = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Start >= range.End)
                break;
            if (sentence.Start >= range.Start)
                sentences++;
        }
        return sentences;
    }

    // The last character that is not a closing quotation mark or bracket.
    private static char LastMeaningfulChar(ArticleDocument document, TextRange range)
    {
        for (var i = range.End - 1; i >= range.Start; i--)
        {
            var c = document.Text[i];
            if (c is not ('"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB'))
                return c;
        }
        return '\0';
    }
}
