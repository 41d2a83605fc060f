using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>English month names and their news abbreviations ("Sept", "Nov"), capitalised or in capitals.</summary>
internal static class MonthNames
{
    // Keyed ignoring case so a word in capitals ("NOVEMBER") finds its name; a word that is not in capitals must
    // match the key as written. No non-ASCII capital equals an ASCII letter ignoring case, and the only one that
    // lower-cases into ASCII is the Kelvin sign (to "k", in no name), so this is the name the word title-cased makes.
    private static readonly SliceTable<Month> Names = new(new Dictionary<string, Month>
    {
        ["January"] = new(1, false), ["February"] = new(2, false), ["March"] = new(3, false), ["April"] = new(4, false),
        ["May"] = new(5, false), ["June"] = new(6, false), ["July"] = new(7, false), ["August"] = new(8, false),
        ["September"] = new(9, false), ["October"] = new(10, false), ["November"] = new(11, false), ["December"] = new(12, false),
        ["Jan"] = new(1, true), ["Feb"] = new(2, true), ["Mar"] = new(3, true), ["Apr"] = new(4, true), ["Jun"] = new(6, true),
        ["Jul"] = new(7, true), ["Aug"] = new(8, true), ["Sep"] = new(9, true), ["Sept"] = new(9, true), ["Oct"] = new(10, true),
        ["Nov"] = new(11, true), ["Dec"] = new(12, true),
    }, ignoreCase: true);

    /// <summary>Every name and abbreviation, capitalised.</summary>
    public static IEnumerable<string> All => Names.Entries.Select(entry => entry.Key);

    /// <summary>The month (1-12) of a word; lower-case words never count ("they march", "it may").</summary>
    public static bool TryGet(string word, out int month, out bool abbreviated) => TryGet(word, 0, word.Length, out month, out abbreviated);

    public static bool TryGet(ArticleDocument document, in Token token, out int month, out bool abbreviated) =>
        TryGet(document.Text, token.Start, token.Length, out month, out abbreviated);

    public static bool TryGet(string text, int start, int length, out int month, out bool abbreviated)
    {
        abbreviated = false;
        month = 0;
        if (length < 3 || !char.IsUpper(text[start]) || !Names.TryGetEntry(text, start, length, out var key, out var found))
            return false;
        if (!IsAllUpper(text, start, length) && string.CompareOrdinal(text, start, key, 0, length) != 0)
            return false;
        month = found.Number;
        abbreviated = found.Abbreviated;
        return true;
    }

    private static bool IsAllUpper(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsUpper(text[i]))
                return false;
        }
        return true;
    }

    private readonly struct Month
    {
        public Month(int number, bool abbreviated)
        {
            Number = number;
            Abbreviated = abbreviated;
        }

        public int Number { get; }

        public bool Abbreviated { get; }
    }
}
