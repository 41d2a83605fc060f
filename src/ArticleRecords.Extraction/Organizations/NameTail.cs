using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>
/// The lower-case-led tail some heads take, past where the run of capitalised words stops:
/// "U.S. District Court for the Southern District of New York", "University of Texas at Austin".
/// </summary>
internal static class NameTail
{
    private const int MaxTailWords = 6;

    private const string Court = "Court";
    private const string UniversityOf = "University of ";

    /// <summary>
    /// The last token of the name written at text[<paramref name="nameStart"/>, + <paramref name="nameLength"/>),
    /// which ends at token <paramref name="end"/>, with its tail.
    /// </summary>
    public static int End(ArticleDocument document, int end, int nameStart, int nameLength)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        int next;
        if (nameLength >= Court.Length && string.CompareOrdinal(text, nameStart + nameLength - Court.Length, Court, 0, Court.Length) == 0
            && IsWordAt(document, end + 1, end, "for") && IsWordAt(document, end + 2, end, "the"))
            next = end + 3;
        else if (nameLength >= UniversityOf.Length && string.CompareOrdinal(text, nameStart, UniversityOf, 0, UniversityOf.Length) == 0
                 && IsWordAt(document, end + 1, end, "at"))
            next = end + 2;
        else
            return end;

        var last = end;
        var words = 0;
        var paragraph = document.ParagraphOfToken(end);
        for (var i = next; document.IsInParagraph(i, paragraph) && words < MaxTailWords; i++)
        {
            if (NameRunScanner.IsNameWord(document, i) && tokens[i].SpaceBefore && !NameRunScanner.EndsPossessive(document, i))
            {
                last = i;
                words++;
            }
            else if (!(last == i - 1 && document.Is(tokens[i], "of") && i + 1 < tokens.Count && NameRunScanner.IsNameWord(document, i + 1)))
            {
                break;
            }
        }
        return last;
    }

    private static bool IsWordAt(ArticleDocument document, int index, int end, string word) =>
        index < document.Tokens.Count && document.SameParagraph(end, index)
        && document.Is(document.Tokens[index], word);
}
