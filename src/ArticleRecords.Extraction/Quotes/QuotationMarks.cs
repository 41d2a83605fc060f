namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Reads each double quotation mark as opening or closing. Curly and guillemet marks say which
/// they are, unless the spacing plainly contradicts the glyph (a typist's “ after a word and
/// before a space closes). A straight mark is read from its spacing, and from whether a quotation
/// is open when the spacing says nothing. Single marks are never quotation boundaries here: they
/// nest inside double ones and double as apostrophes (Kazakhstan’s, ’90s, rock ’n’ roll).
/// </summary>
internal static class QuotationMarks
{
    public static bool IsDoubleMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    // English text writes only these three; a search for three characters is vectorised (for six it is not).
    private static readonly char[] CommonMarks = { '"', '\u201C', '\u201D' };

    private static readonly char[] RareMarks = { '\u201E', '\u00AB', '\u00BB' };

    /// <summary>Whether the text holds a low or angle quotation mark anywhere (then <see cref="IndexOfDoubleMark"/> must look for all six).</summary>
    public static bool HasRareMarks(string text) => text.IndexOfAny(RareMarks) >= 0;

    /// <summary>
    /// The offset of the first double mark in text[from, end), or -1; <paramref name="rareMarks"/> says whether the text
    /// holds any mark but the three of English (<see cref="HasRareMarks"/>).
    /// </summary>
    public static int IndexOfDoubleMark(string text, int from, int end, bool rareMarks)
    {
        if (from >= end)
            return -1;
        // Marks often come in a row ("”“", "“'"): the next character is looked at before a search is set up.
        if (!rareMarks)
            return IsDoubleMark(text[from]) ? from : text.IndexOfAny(CommonMarks, from, end - from);
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            // Every mark but '"' lies at or above U+00AB: most characters are turned away by one comparison.
            if (c == '"' || (c >= '\u00AB' && IsDoubleMark(c)))
                return i;
        }
        return -1;
    }

    public static QuotationMarkKind Classify(string text, int at, int paragraphStart, int paragraphEnd, bool quotationOpen)
    {
        var c = text[at];
        if (!IsDoubleMark(c))
            return QuotationMarkKind.None;
        var spaceBefore = at == paragraphStart || IsOpeningContext(text[at - 1]);
        var spaceAfter = at + 1 >= paragraphEnd || IsClosingContext(text[at + 1]);
        var looksOpening = spaceBefore && !spaceAfter;
        var looksClosing = spaceAfter && !spaceBefore;

        if (c is '\u201C' or '\u201E' or '\u00AB')
            return looksClosing && quotationOpen ? QuotationMarkKind.Close : QuotationMarkKind.Open;
        if (c is '\u201D' or '\u00BB')
            return looksOpening && !quotationOpen ? QuotationMarkKind.Open : QuotationMarkKind.Close;
        if (looksOpening)
            return QuotationMarkKind.Open;
        if (looksClosing)
            return QuotationMarkKind.Close;
        return quotationOpen ? QuotationMarkKind.Close : QuotationMarkKind.Open;
    }

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2018' or '\'' or '/' or ':' || Text.CharClass.IsDash(before)
        || Text.CharClass.IsInvisible(before);

    private static bool IsClosingContext(char after) =>
        char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2019' or '\'' or '\u2026'
        || Text.CharClass.IsDash(after) || Text.CharClass.IsInvisible(after);
}
