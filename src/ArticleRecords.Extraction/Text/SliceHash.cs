namespace ArticleRecords.Extraction.Text;

/// <summary>
/// The hash of a slice of a text (text, start, length), computed where the slice stands: FNV-1a over its
/// characters, seeded with its length and finished with a shift so that the low bits, which pick a slot, depend
/// on every character. Shared by the slice tables, the slice sets and the word pool.
/// </summary>
internal static class SliceHash
{
    public static int Of(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261 ^ length;
            for (var i = start; i < start + length; i++)
                hash = (hash ^ text[i]) * 16777619;
            return hash ^ (hash >> 15);
        }
    }

    // Ignoring case, ASCII letters hash as capitals and every other character alike: only ASCII letters equal
    // another character ignoring case within ASCII, and none outside it equals one inside, so slices equal
    // ignoring case always hash alike; a comparison has the last word. Asking the culture data for the case of
    // each curly apostrophe would cost more than the rare extra comparison.
    public static int OfIgnoringCase(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261 ^ length;
            for (var i = start; i < start + length; i++)
                hash = (hash ^ (int)KeySieve.Fold(text[i])) * 16777619;
            return hash ^ (hash >> 15);
        }
    }
}
