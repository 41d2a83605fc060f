using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// A set of slices of one text (an article's lower-case words, its place names), held as offsets and found by
/// their characters, compared ordinally: a word is asked about where it stands, and nothing is copied out to
/// fill the set. Built per article; <see cref="Clear"/> readies it for another text without allocating.
/// </summary>
/// <remarks>
/// The slices come from the article, so its words could be chosen to collide: a probe longer than any honest text
/// needs moves the set into a <see cref="HashSet{T}"/> of copies, whose string hashing defends itself, and keeps
/// every look-up linear in the word.
/// </remarks>
internal sealed class TextSliceSet
{
    private const int MaxProbes = 64;

    private string _text = "";
    private HashSet<string>? _copies;
    private int[] _starts;
    private int[] _lengths;
    private int[] _hashes;
    private int _count;

    // Which lengths (from 63 on, one bit) and first characters (by their low six bits) the held slices have: most
    // words asked about are turned away by these before any hashing.
    private ulong _lengthBits;
    private ulong _firstBits;

    public TextSliceSet(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
            size <<= 1;
        _starts = new int[size];
        _lengths = new int[size];
        _hashes = new int[size];
    }

    /// <summary>A set of the given words (held as slices of their own text, the words joined).</summary>
    public static TextSliceSet OfWords(IEnumerable<string> words)
    {
        var list = words as IReadOnlyList<string> ?? new List<string>(words);
        var set = new TextSliceSet(list.Count);
        set.ClearToWords(list);
        return set;
    }

    /// <summary>Empties the set and fills it with the given words (held as slices of their own text, the words joined).</summary>
    public void ClearToWords(IReadOnlyList<string> words)
    {
        Clear(string.Join(" ", words));
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            Add(start, words[i].Length);
            start += words[i].Length + 1;
        }
    }

    public int Count => _copies?.Count ?? _count;

    /// <summary>How many slots the set has grown to (twice the most slices it has held, at least).</summary>
    public int Capacity => _starts.Length;

    /// <summary>Empties the set and ties it to <paramref name="text"/>, whose slices it will hold.</summary>
    public void Clear(string text)
    {
        _text = text;
        if (_count > 0)
            Array.Clear(_lengths, 0, _lengths.Length);
        _count = 0;
        _copies = null;
        _lengthBits = _firstBits = 0;
    }

    /// <summary>Adds text[start, start + length) of the set's text; a slice equal to one held is not added twice.</summary>
    public void Add(int start, int length)
    {
        if (length <= 0)
            return;
        _lengthBits |= LengthBit(length);
        _firstBits |= FirstBit(_text[start]);
        if (_copies is not null)
        {
            _copies.Add(_text.Substring(start, length));
            return;
        }
        if ((_count + 1) * 2 > _starts.Length)
            Grow();
        if (_copies is not null)
        {
            _copies.Add(_text.Substring(start, length));
            return;
        }
        var hash = SliceHash.Of(_text, start, length);
        var slot = FindSlot(_text, start, length, hash);
        if (slot < 0)
        {
            MoveToCopies();
            _copies!.Add(_text.Substring(start, length));
            return;
        }
        if (_lengths[slot] != 0)
            return;
        _starts[slot] = start;
        _lengths[slot] = length;
        _hashes[slot] = hash;
        _count++;
    }

    /// <summary>Whether the set holds a slice equal to text[start, start + length) of any string.</summary>
    public bool Contains(string text, int start, int length)
    {
        if (length <= 0 || (_lengthBits & LengthBit(length)) == 0 || (_firstBits & FirstBit(text[start])) == 0)
            return false;
        if (_copies is not null)
            return _copies.Contains(text.Substring(start, length));
        if (_count == 0)
            return false;
        var slot = FindSlot(text, start, length, SliceHash.Of(text, start, length));
        if (slot >= 0)
            return _lengths[slot] != 0;
        MoveToCopies();
        return _copies!.Contains(text.Substring(start, length));
    }

    public bool Contains(string word) => Contains(word, 0, word.Length);

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static ulong FirstBit(char first) => 1UL << (first & 63);

    // Open addressing with linear probing; an empty slot has length 0 (no empty slice is held). -1 after too long a probe.
    private int FindSlot(string text, int start, int length, int hash)
    {
        var mask = _starts.Length - 1;
        var slot = hash & mask;
        for (var probes = 0; _lengths[slot] != 0; probes++)
        {
            if (_hashes[slot] == hash && _lengths[slot] == length && string.CompareOrdinal(_text, _starts[slot], text, start, length) == 0)
                return slot;
            if (probes == MaxProbes)
                return -1;
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void MoveToCopies()
    {
        _copies = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _lengths.Length; i++)
        {
            if (_lengths[i] != 0)
                _copies.Add(_text.Substring(_starts[i], _lengths[i]));
        }
    }

    private void Grow()
    {
        var starts = _starts;
        var lengths = _lengths;
        var hashes = _hashes;
        _starts = new int[starts.Length * 2];
        _lengths = new int[starts.Length * 2];
        _hashes = new int[starts.Length * 2];
        var mask = _starts.Length - 1;
        for (var i = 0; i < starts.Length; i++)
        {
            if (lengths[i] == 0)
                continue;
            var slot = hashes[i] & mask;
            for (var probes = 0; _lengths[slot] != 0; probes++)
            {
                if (probes == MaxProbes)
                {
                    (_starts, _lengths, _hashes) = (starts, lengths, hashes);
                    MoveToCopies();
                    return;
                }
                slot = (slot + 1) & mask;
            }
            _starts[slot] = starts[i];
            _lengths[slot] = lengths[i];
            _hashes[slot] = hashes[i];
        }
    }
}
