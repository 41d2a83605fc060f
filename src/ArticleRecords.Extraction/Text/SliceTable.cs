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

    // Most words of an article are turned away by their first character and length, before any hashing.
    private readonly KeyShapes _shapes;

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
            _hashes[i] = Hash(key, 0, key.Length);
            var bucket = _hashes[i] & _mask;
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
        _shapes = new KeyShapes(_keys, ignoreCase);
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
    public bool MayStartWith(char c) => _shapes.MayStart(c);

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
        if (start < 0 || length < 0 || start > text.Length - length || (length > 0 ? !_shapes.MayBe(text[start], length) : !_shapes.HasEmptyKey))
            return -1;
        var hash = Hash(text, start, length);
        for (var i = _buckets[hash & _mask] - 1; i >= 0; i = _next[i])
        {
            var key = _keys[i];
            if (_hashes[i] == hash && key.Length == length && Equal(text, start, key))
                return i;
        }
        return -1;
    }

    private bool Equal(string text, int start, string key) =>
        _ignoreCase
            ? string.Compare(text, start, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0
            : string.CompareOrdinal(text, start, key, 0, key.Length) == 0;

    // Ignoring case, ASCII letters hash as capitals and every other character alike: only ASCII letters equal
    // another character ignoring case within ASCII, and none outside it equals one inside (see KeyShapes), so
    // keys equal ignoring case always meet in one bucket; the comparison has the last word. Asking the culture
    // data for the case of each curly apostrophe would cost more than the rare extra comparison.
    private int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261 ^ length;
            for (var i = start; i < start + length; i++)
            {
                int c = text[i];
                if (_ignoreCase)
                    c = c >= 0x80 ? 0x80 : c is >= 'a' and <= 'z' ? c - 32 : c;
                hash = (hash ^ c) * 16777619;
            }
            return hash ^ (hash >> 15);
        }
    }

    /// <summary>
    /// Which lengths the keys have for each ASCII first character (both cases when ignoring case), as bits of a
    /// mask (lengths from 63 on share the last bit), and whether any key starts outside ASCII or is empty.
    /// </summary>
    private readonly struct KeyShapes
    {
        private const int LastLengthBit = 63;

        private readonly ulong[] _lengthsByFirst;
        private readonly char _lowestFirst;
        private readonly bool _beyondAscii;

        public KeyShapes(string[] keys, bool ignoreCase)
        {
            char lowest = (char)0x7F, highest = (char)0;
            _beyondAscii = false;
            HasEmptyKey = false;
            foreach (var key in keys)
            {
                foreach (var first in FirstCharacters(key, ignoreCase))
                {
                    lowest = first < lowest ? first : lowest;
                    highest = first > highest ? first : highest;
                }
            }
            _lowestFirst = lowest;
            _lengthsByFirst = new ulong[highest >= lowest ? highest - lowest + 1 : 0];
            foreach (var key in keys)
            {
                if (key.Length == 0)
                    HasEmptyKey = true;
                else if (key[0] >= 0x80)
                    _beyondAscii = true;
                foreach (var first in FirstCharacters(key, ignoreCase))
                    _lengthsByFirst[first - lowest] |= LengthBit(key.Length);
            }
        }

        public bool HasEmptyKey { get; }

        // No character outside ASCII equals an ASCII one ignoring case (not even U+017F and U+212A, whose case
        // mappings reach ASCII), so a non-ASCII first character can only start a key that starts outside ASCII.
        public bool MayStart(char c) => c >= 0x80 ? _beyondAscii : LengthsOf(c) != 0;

        public bool MayBe(char first, int length) => first >= 0x80 ? _beyondAscii : (LengthsOf(first) & LengthBit(length)) != 0;

        private ulong LengthsOf(char c)
        {
            var slot = c - _lowestFirst;
            return (uint)slot < (uint)_lengthsByFirst.Length ? _lengthsByFirst[slot] : 0;
        }

        private static ulong LengthBit(int length) => 1UL << Math.Min(length, LastLengthBit);

        private static IEnumerable<char> FirstCharacters(string key, bool ignoreCase)
        {
            if (key.Length == 0 || key[0] >= 0x80)
                yield break;
            var c = key[0];
            yield return c;
            if (ignoreCase && c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                yield return (char)(c ^ 0x20);
        }
    }
}
