using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Reads an article's tokens for the attribution rules: words, marks, commas, the dots of
/// abbreviations and initials, sentence ends, and reporting cues.
/// </summary>
internal class TokenReader
{
    public TokenReader(ArticleDocument document)
    {
        Document = document;
        Tokens = document.Tokens;
    }

    protected TokenReader(TokenReader other)
    {
        Document = other.Document;
        Tokens = other.Tokens;
    }

    protected ArticleDocument Document { get; }

    protected TokenList Tokens { get; }

    public bool IsSentenceEnd(int token) => Document.EndsSentence(token);

    /// <summary>The paragraph token <paramref name="t"/> stands in.</summary>
    public int ParagraphOf(int t) => Document.ParagraphOfToken(t);

    /// <summary>Whether token <paramref name="t"/> exists and stands in <paramref name="paragraph"/>.</summary>
    public bool InParagraph(int t, int paragraph) => Document.IsInParagraph(t, paragraph);

    public bool SameParagraph(int a, int b) => Document.SameParagraph(a, b);

    public bool IsCueVerb(int t)
    {
        if (!IsWord(t))
            return false;
        return (ReportingCues.IsVerb(Document, Tokens[t]) && !IsNounUse(t))
               || (t + 1 < Tokens.Count && IsWord(t + 1) && ReportingCues.IsPhrasal(Document, Tokens[t], Tokens[t + 1]) && !GoesOnTo(t))
               || (ReportingCues.IsNounLikePresent(Document, Tokens[t]) && IsNounLikeVerbUse(t));
    }

    // "the Senate goes on recess": "go on" is a cue only before punctuation, a quotation or "to" ("went on to say").
    private bool GoesOnTo(int t) =>
        Word(t) is "went" or "goes" && t + 2 < Tokens.Count && IsWord(t + 2) && !Is(t + 2, "to");

    // "Conway notes that …", "he claims, “…”", "Gerry Walsh, a consultant, notes.", "Sullivan calls her record …": a
    // noun-like form is a verb between its subject (a name, a pronoun or an appositive's comma) and "that", an object
    // pronoun, a comma, a mark or a sentence end.
    private bool IsNounLikeVerbUse(int t)
    {
        if (t == 0 || t + 1 >= Tokens.Count || !SameParagraph(t - 1, t))
            return false;
        var before = t - 1;
        var subjectBefore = IsComma(before) || (IsWord(before) && IsSubjectWord(before));
        if (!subjectBefore)
            return false;
        var next = t + 1;
        return IsWord(next)
            ? Word(next) is "that" or "her" or "him" or "them" or "it" or "me" or "us" or "his" or "their" || (IsComma(before) && NameRunScanner.IsNameWord(Document, next))
            : IsMark(next) || Document.Text[Tokens[next].Start] is ',' or '.' or ';' or ':';
    }

    private bool IsSubjectWord(int t)
    {
        var word = Word(t);
        if (ClauseWords.IsSingularPersonPronoun(word) || word is "they" or "They")
            return true;
        return char.IsUpper(word[0]) && !SentenceStartsAt(t) && !NameRunScanner.EndsPossessive(Document, t) && !ClauseWords.IsDeterminer(word);
    }

    private bool SentenceStartsAt(int t) => t == 0 || IsSentenceEnd(t - 1) || !SameParagraph(t - 1, t);

    // "a snappy retort", "his answer": a verb's base form after a determiner (and an adjective) is a noun.
    public bool IsNounUse(int t)
    {
        if (EndsWith(t, "ed") || EndsWith(t, "ing") || EndsWith(t, "s") || Is(t, "said") || Is(t, "told") || Is(t, "wrote") || Is(t, "read"))
            return false;
        // "a snappy retort", "the Orlando nightclub attack", "a Trump-style retort": a determiner within three words, with
        // only modifiers between, makes a noun of it.
        for (var back = 1; back <= 3 && t - back >= 0 && IsWord(t - back) && SameParagraph(t - back, t); back++)
        {
            var before = Tokens[t - back];
            if (ClauseWords.IsDeterminer(Document, before))
                return true;
            if (ClauseWords.IsPersonalPronoun(Document, before) || ReportingCues.IsAuxiliary(Document, before) || ClauseWords.IsPreposition(Document, before)
                || ClauseWords.IsClauseOpener(Document, before)
                || (back == 1 && NameRunScanner.IsNameWord(Document, t - back) && Document.Text.IndexOf('-', before.Start, before.Length) < 0))
                return false;
        }
        return false;
    }

    /// <summary>The last token of the cue at <paramref name="t"/>: "pointed out" is two, "quoted as saying" three.</summary>
    public int CueEnd(int t)
    {
        if (t + 2 < Tokens.Count && Is(t, "quoted") && IsWord(t + 1) && Is(t + 1, "as") && IsWord(t + 2) && ReportingCues.IsVerb(Document, Tokens[t + 2]))
            return t + 2;
        return t + 1 < Tokens.Count && IsWord(t + 1) && ReportingCues.IsPhrasal(Document, Tokens[t], Tokens[t + 1]) ? t + 1 : t;
    }

    public bool IsLeadPunctuation(int t) => Document.Text[Tokens[t].Start] is ',' or ':' or ';' or '-' || CharClass.IsDash(Document.Text[Tokens[t].Start]);

    public bool IsCloseParenthesis(int t) => Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] == ')';

    public bool IsOpenParenthesis(int t) => Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] == '(';

    public bool IsComma(int t) => Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] == ',';

    public bool IsMark(int t) => Tokens[t].IsPunctuation && QuotationMarks.IsDoubleMark(Document.Text[Tokens[t].Start]);

    public bool IsWord(int t) => Tokens[t].IsWord;

    public string Word(int t) => Document.TextOf(Tokens[t]);

    /// <summary>The first character of token <paramref name="t"/> (every token has one).</summary>
    public char FirstChar(int t) => Document.Text[Tokens[t].Start];

    /// <summary>Whether token <paramref name="t"/> reads <paramref name="value"/> (ordinal), without a copy of it.</summary>
    public bool Is(int t, string value) => Document.Is(Tokens[t], value);

    /// <summary>Whether token <paramref name="t"/> ends with <paramref name="suffix"/> (ordinal), without a copy of it.</summary>
    public bool EndsWith(int t, string suffix) =>
        Tokens[t].Length >= suffix.Length && string.CompareOrdinal(Document.Text, Tokens[t].End - suffix.Length, suffix, 0, suffix.Length) == 0;

    /// <summary>
    /// "KILLED IN ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan": words in capitals run into a name from a
    /// headline set in capitals; two in a row end no name. The first token of the name from <paramref name="first"/> on.
    /// </summary>
    public int PastCapitalsHeadline(int first, int last)
    {
        for (var t = last; t > first; t--)
        {
            if (IsCapitalsWord(t) && IsCapitalsWord(t - 1))
                return t + 1;
        }
        return first;
    }

    private bool IsCapitalsWord(int t) => IsWord(t) && WordShape.IsAllCapitals(Document.Text, Tokens[t].Start, Tokens[t].Length);

    public bool IsNameDot(int t) =>
        t > 0 && Tokens[t].IsPunctuation && !Tokens[t].SpaceBefore && Document.Text[Tokens[t].Start] == '.'
        && Tokens[t - 1].IsWord && char.IsUpper(Document.Text[Tokens[t - 1].Start])
        && (Tokens[t - 1].Length == 1 || Titles.IsAbbreviated(Document, Tokens[t - 1]) || Titles.IsHonorific(Document, Tokens[t - 1]));
}
