using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Whether a quotation is a fragment inside the writer's sentence. It is not when it opens its
/// paragraph or sentence, follows a colon or another quotation, or follows a comma or dash and
/// starts with a capital ("He said, “We won.”", "one answer — “We will win.”"), or follows a comma
/// after a cue ("he said, “and …”").
/// </summary>
internal static class PartialQuotation
{
    public static bool Is(ArticleDocument document, CueFinder cues, QuotedPassage passage)
    {
        var tokens = document.Tokens;
        var openToken = document.TokenIndexAtOrAfter(passage.OpenMark);
        if (openToken == 0 || tokens[openToken].LineBreakBefore)
            return false;
        var previous = openToken - 1;
        var c = document.Text[tokens[previous].Start];
        if (cues.IsSentenceEnd(previous) || QuotationMarks.IsDoubleMark(c) || c == ':')
            return false;
        var first = passage.Start < document.Text.Length ? document.Text[passage.Start] : ' ';
        // A dash introduces a quotation too: "— “We will win.”", "-- “I think …”".
        if (c == ',' || CharClass.IsDash(c) || c == '-')
            return !char.IsUpper(first) && !(c == ',' && previous > 0 && cues.IsCueVerb(previous - 1));
        return true;
    }
}
