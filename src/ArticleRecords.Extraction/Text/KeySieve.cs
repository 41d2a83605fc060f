namespace ArticleRecords.Extraction.Text;

/// <summary>
/// A bit per (length, first character, last character) of a fixed set of keys, hashed into a table sixteen times
/// as large as the set: a slice whose bit is clear is no key, and most words of an article are turned away so,
/// before their characters are hashed and compared. A set bit only says "maybe".
/// </summary>
/// <remarks>
/// Ignoring case, ASCII letters count as capitals and every character outside ASCII as one and the same: keys equal
/// ignoring case then share their bit (no character outside ASCII equals an ASCII one ignoring case).
/// </remarks>
internal readonly struct KeySieve
{
    private const int SmallestBits = 10;
    private const int LargestBits = 20;
    private const int BitsPerKey = 16;

    private readonly ulong[] _bits;
    private readonly int _shift;
    private readonly bool _ignoreCase;

    public KeySieve(string[] keys, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var log = SmallestBits;
        while ((1 << log) < keys.Length * BitsPerKey && log < LargestBits)
            log++;
        _bits = new ulong[(1 << log) / 64];
        _shift = 32 - log;
        foreach (var key in keys)
        {
            if (key.Length == 0)
                continue;
            var slot = Slot(key, 0, key.Length);
            _bits[slot >> 6] |= 1UL << (int)(slot & 63);
        }
    }

    /// <summary>Whether text[start, start + length) may be a key; <paramref name="length"/> is at least 1.</summary>
    public bool MayHold(string text, int start, int length)
    {
        var slot = Slot(text, start, length);
        return (_bits[slot >> 6] & (1UL << (int)(slot & 63))) != 0;
    }

    private uint Slot(string text, int start, int length)
    {
        uint first = text[start], last = text[start + length - 1];
        if (_ignoreCase)
        {
            first = Fold(first);
            last = Fold(last);
        }
        // The three packed into one word and spread by one multiplication (Fibonacci hashing): the top bits pick the bit.
        unchecked
        {
            return (first ^ last << 11 ^ (uint)length << 22) * 0x9E3779B1u >> _shift;
        }
    }

    /// <summary>
    /// An ASCII lower-case letter as its capital, any character beyond ASCII as 0x80, the rest as it is. Written
    /// without branches: capitalised and lower-case words come mixed, and a mispredicted branch costs more than the
    /// arithmetic.
    /// </summary>
    public static uint Fold(uint c)
    {
        var lowerCaseLetter = c - 'a' <= 'z' - 'a' ? 1u : 0u;
        var folded = c - (lowerCaseLetter << 5);
        return c >= 0x80 ? 0x80 : folded;
    }
}
