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
    public static string Get(string text, int start, int length)
    {
        if (length == 0)
            return "";
        if (length > LongestPooled)
            return text.Substring(start, length);
        var slots = _slots ??= new string?[Slots];
        var slot = SliceHash.Of(text, start, length) & (Slots - 1);
        var pooled = slots[slot];
        if (pooled is not null && pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0)
            return pooled;
        pooled = text.Substring(start, length);
        slots[slot] = pooled;
        return pooled;
    }
}
