using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>
/// Finds runs of capitalised words ("Israeli Prime Minister Benjamin Netanyahu", "Sen. Maria Alvarez",
/// "Ministry of Foreign Affairs"): capitalised words, the dot after an abbreviation or initial,
/// and lower-case connectors (of, de, van, bin ...) between capitalised words. A possessive word ends
/// a run. One pass over the tokens.
/// </summary>
internal static class NameRunScanner
{
    private static readonly SliceSet Connectors = new(new[]
    {
        "of", "de", "del", "della", "der", "van", "von", "bin", "al", "da", "du", "la", "le", "di", "dos", "ibn", "y",
    });

    // Besides titles and honorifics, the abbreviations written with a dot inside a name ("St. Louis", "Ft. Worth").
    private static readonly SliceSet DottedNameWords = new(new[] { "St", "Jr", "Sr", "Mt", "Ft" });

    // Runs are gathered in a list kept per thread and stored at their exact count (a list that a huge article
    // grew is not kept).
    private const int LargestKeptBuffer = 1 << 14;

    [ThreadStatic]
    private static List<NameRun>? _buffer;

    /// <summary>
    /// A lower-case particle inside a person's name ("Federico de Souza", "Ruud van Dijk"), between name words; "of" is not
    /// one ("Rep. Steve King of Iowa").
    /// </summary>
    public static bool IsNameParticle(ArticleDocument document, int t)
    {
        var tokens = document.Tokens;
        return t > 0 && t + 1 < tokens.Count && tokens[t].IsWord && !document.Is(tokens[t], "of") && Connectors.Contains(document, tokens[t])
               && IsNameWord(document, t - 1) && IsNameWord(document, t + 1) && !tokens[t + 1].LineBreakBefore;
    }

    /// <summary>
    /// The document's runs in text order. Organisations, people and the speaker rules all read them: they are scanned
    /// once per document, and every caller for one document gets the same array: read it, never change it.
    /// </summary>
    public static NameRun[] Scan(ArticleDocument document, CancellationToken cancellationToken) =>
        document.NameRuns ??= ScanUncached(document, cancellationToken);

    /// <summary>Scans the runs anew, without asking or filling the per-document memory (for measuring).</summary>
    public static NameRun[] ScanUncached(ArticleDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var runs = _buffer ?? new List<NameRun>();
        _buffer = null;
        runs.Clear();
        var i = 0;
        while (i < tokens.Count)
        {
            if ((i & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (!IsNameWord(document, i))
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            var possessive = EndsPossessive(document, i);
            var j = i + 1;
            // The run goes on token by token while none is first on its line (which starts another paragraph).
            while (!possessive && j < tokens.Count && !tokens[j].LineBreakBefore)
            {
                if (IsInnerDot(document, j))
                {
                    last = j;
                    j++;
                    continue;
                }
                if (IsNameWord(document, j) && tokens[j].SpaceBefore)
                {
                    last = j;
                    possessive = EndsPossessive(document, j);
                    j++;
                    continue;
                }
                if (tokens[j].IsWord && Connectors.Contains(document, tokens[j]) && j + 1 < tokens.Count
                    && IsNameWord(document, j + 1) && !tokens[j + 1].LineBreakBefore)
                {
                    j++;
                    continue;
                }
                break;
            }
            runs.Add(new NameRun(first, last));
            i = last + 1;
        }
        var scanned = runs.ToArray();
        if (runs.Capacity <= LargestKeptBuffer)
            _buffer = runs;
        return scanned;
    }

    public static bool IsNameWord(ArticleDocument document, int index)
    {
        var token = document.Tokens[index];
        return token.IsWord && char.IsUpper(document.Text[token.Start]);
    }

    /// <summary>The word's text without a possessive ’s / 's.</summary>
    public static string WordOf(ArticleDocument document, int index) =>
        document.WordAt(document.Tokens[index].Start, WordLength(document, index));

    /// <summary>The length of the word's text without a possessive ’s / 's (see <see cref="WordOf"/>).</summary>
    public static int WordLength(ArticleDocument document, int index) =>
        EndsPossessive(document, index) ? document.Tokens[index].Length - 2 : document.Tokens[index].Length;

    /// <summary>The word as part of a name: an initial keeps its dot ("M." in "Harry M. Reid").</summary>
    public static string NameWordOf(ArticleDocument document, int index)
    {
        var length = NameWordLength(document, index);
        return length >= 0 ? document.WordAt(document.Tokens[index].Start, length) : WordOf(document, index) + ".";
    }

    /// <summary>
    /// The length of <see cref="NameWordOf"/> as the text writes it from the word's start (an initial and its dot),
    /// or -1 when something stands between an initial and its dot.
    /// </summary>
    public static int NameWordLength(ArticleDocument document, int index)
    {
        var length = WordLength(document, index);
        var tokens = document.Tokens;
        if (length == 1 && char.IsUpper(document.Text[tokens[index].Start]) && index + 1 < tokens.Count && !tokens[index + 1].SpaceBefore
            && document.Text[tokens[index + 1].Start] == '.')
            return tokens[index + 1].Start == tokens[index].End ? 2 : -1;
        return length;
    }

    public static bool EndsPossessive(ArticleDocument document, int index)
    {
        var token = document.Tokens[index];
        if (!token.IsWord || token.Length < 3)
            return false;
        var text = document.Text;
        return text[token.End - 1] == 's' && CharClass.IsApostrophe(text[token.End - 2]);
    }

    // "Sen." / "J." : a dot glued to an abbreviated title or a single capital.
    private static bool IsInnerDot(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        if (index == 0 || tokens[index].SpaceBefore || document.Text[tokens[index].Start] != '.')
            return false;
        var previous = tokens[index - 1];
        if (!previous.IsWord || !char.IsUpper(document.Text[previous.Start]))
            return false;
        if (index + 1 >= tokens.Count || !IsNameWord(document, index + 1) || !tokens[index + 1].SpaceBefore)
            return false;
        var text = document.Text;
        return previous.Length == 1 || Titles.IsAbbreviated(text, previous.Start, previous.Length) || Titles.IsHonorific(text, previous.Start, previous.Length)
               || DottedNameWords.Contains(text, previous.Start, previous.Length);
    }
}
