using System;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// Shared copies of the short words an article repeats ("said", "Trump", "the"): the rules ask for a word's
/// text over and over, and a copy made each time is garbage a moment later. A fixed table per thread holds the
/// latest copy for each slot and gives it out again while the words are equal; a collision replaces it. Strings
/// never change, so any equal copy serves, and a table per thread needs no locking.
/// </summary>
internal static class WordPool
{
    private const int Slots = 4096;

    // Longer slices are rarely asked for twice; they are copied as they are.
    private const int LongestPooled = 32;

    [ThreadStatic]
    private static string?[]? _slots;

    /// <summary>text[start, start + length) as a string, equal to <see cref="string.Substring(int, int)"/>'s.</summary>
    public static string Get(string text, int start, int length) => Get(ThreadTable(), text, start, length);

    /// <summary>
    /// The calling thread's table, for a reader that asks for many words (an article's document holds it): each question
    /// then skips the look-up of the thread's table. Another thread may share it: a slot is one reference, written and
    /// read whole, and a copy is given out only when its characters are the slice's.
    /// </summary>
    public static string?[] ThreadTable() => _slots ??= new string?[Slots];

    /// <summary>As <see cref="Get(string, int, int)"/>, with a table from <see cref="ThreadTable"/>.</summary>
    public static string Get(string?[] table, string text, int start, int length)
    {
        if (length == 0)
            return "";
        if (length > LongestPooled)
            return text.Substring(start, length);
        var slot = SliceHash.Of(text, start, length) & (Slots - 1);
        var pooled = table[slot];
        if (pooled is not null && pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0)
            return pooled;
        pooled = text.Substring(start, length);
        table[slot] = pooled;
        return pooled;
    }
}
