using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// A fixed table of string keys that is looked up by a slice of a text (text, start, length) without
/// allocating: a word of the article is found where it stands, never copied out first. Keys compare
/// ordinally or ordinally ignoring case, exactly as <see cref="StringComparer.Ordinal"/> and
/// <see cref="StringComparer.OrdinalIgnoreCase"/> do; the table never changes after it is built.
/// </summary>
internal sealed class SliceTable<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _hashes;
    private readonly int[] _next;
    private readonly int[] _buckets;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    // Most words of an article are turned away by their length and first and last characters, before any hashing.
    private readonly KeySieve _sieve;

    private readonly KeyStarts _starts;

    /// <summary>Builds the table; a key given twice (under the comparison) keeps its last value, as a dictionary's indexer would.</summary>
    public SliceTable(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var unique = new Dictionary<string, TValue>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            if (!unique.ContainsKey(entry.Key))
                order.Add(entry.Key);
            unique[entry.Key] = entry.Value;
        }

        var size = 4;
        while (size < order.Count * 2)
            size <<= 1;
        _mask = size - 1;
        _buckets = new int[size];
        _keys = new string[order.Count];
        _values = new TValue[order.Count];
        _hashes = new int[order.Count];
        _next = new int[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            _keys[i] = key;
            _values[i] = unique[key];
            _hashes[i] = ignoreCase ? SliceHash.OfIgnoringCase(key, 0, key.Length) : SliceHash.Of(key, 0, key.Length);
            var bucket = _hashes[i] & _mask;
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
        _sieve = new KeySieve(_keys, ignoreCase);
        _starts = new KeyStarts(_keys, ignoreCase);
    }

    public int Count => _keys.Length;

    public bool TryGetValue(string text, int start, int length, out TValue value)
    {
        var entry = Find(text, start, length);
        if (entry < 0)
        {
            value = default!;
            return false;
        }
        value = _values[entry];
        return true;
    }

    public bool TryGetValue(string key, out TValue value) => TryGetValue(key, 0, key.Length, out value);

    public bool TryGetValue(ArticleDocument document, in Token token, out TValue value) =>
        TryGetValue(document.Text, token.Start, token.Length, out value);

    /// <summary>Like <see cref="TryGetValue(string, int, int, out TValue)"/>, with the key as the table holds it (no copy of the slice).</summary>
    public bool TryGetEntry(string text, int start, int length, out string key, out TValue value)
    {
        var entry = Find(text, start, length);
        if (entry < 0)
        {
            key = "";
            value = default!;
            return false;
        }
        key = _keys[entry];
        value = _values[entry];
        return true;
    }

    public bool ContainsKey(string text, int start, int length) => Find(text, start, length) >= 0;

    public bool ContainsKey(string key) => Find(key, 0, key.Length) >= 0;

    public bool ContainsKey(ArticleDocument document, in Token token) => Find(document.Text, token.Start, token.Length) >= 0;

    /// <summary>Whether some key starts with <paramref name="c"/> (under the table's comparison): a test cheaper than a look-up.</summary>
    public bool MayStartWith(char c) => _starts.MayStart(c);

    /// <summary>The keys and values, in the order first given.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
                yield return new KeyValuePair<string, TValue>(_keys[i], _values[i]);
        }
    }

    private int Find(string text, int start, int length)
    {
        if (start < 0 || length < 0 || start > text.Length - length || (length > 0 ? !_sieve.MayHold(text, start, length) : !_starts.HasEmptyKey))
            return -1;
        var hash = _ignoreCase ? SliceHash.OfIgnoringCase(text, start, length) : SliceHash.Of(text, start, length);
        for (var i = _buckets[hash & _mask] - 1; i >= 0; i = _next[i])
        {
            if (_hashes[i] == hash && Equal(text, start, length, _keys[i]))
                return i;
        }
        return -1;
    }

    // Keys are short: compared here character by character rather than through a call that checks its arguments first.
    private bool Equal(string text, int start, int length, string key)
    {
        if (key.Length != length)
            return false;
        for (var k = 0; k < length; k++)
        {
            var a = text[start + k];
            var b = key[k];
            if (a == b)
                continue;
            if (!_ignoreCase)
                return false;
            // Ignoring case within ASCII only letters meet; anything beyond is left to the comparison of the runtime.
            if ((a | b) >= 0x80)
                return string.Compare(text, start, key, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
            if ((a | 0x20) != (b | 0x20) || (uint)((a | 0x20) - 'a') > 'z' - 'a')
                return false;
        }
        return true;
    }

    /// <summary>Which ASCII characters start a key (both cases when ignoring case), whether any key starts outside ASCII, and whether one is empty.</summary>
    private readonly struct KeyStarts
    {
        private readonly ulong _low;
        private readonly ulong _high;
        private readonly bool _beyondAscii;

        public KeyStarts(string[] keys, bool ignoreCase)
        {
            _low = _high = 0;
            _beyondAscii = false;
            HasEmptyKey = false;
            foreach (var key in keys)
            {
                if (key.Length == 0)
                {
                    HasEmptyKey = true;
                    continue;
                }
                var c = key[0];
                if (c >= 0x80)
                {
                    _beyondAscii = true;
                    continue;
                }
                Mark(ref _low, ref _high, c);
                if (ignoreCase && c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                    Mark(ref _low, ref _high, (char)(c ^ 0x20));
            }
        }

        public bool HasEmptyKey { get; }

        // No character outside ASCII equals an ASCII one ignoring case (not even U+017F and U+212A, whose case
        // mappings reach ASCII), so a non-ASCII first character can only start a key that starts outside ASCII.
        public bool MayStart(char c) =>
            c >= 0x80 ? _beyondAscii : ((c < 64 ? _low : _high) & (1UL << (c & 63))) != 0;

        private static void Mark(ref ulong low, ref ulong high, char c)
        {
            if (c < 64)
                low |= 1UL << c;
            else
                high |= 1UL << (c & 63);
        }
    }
}
