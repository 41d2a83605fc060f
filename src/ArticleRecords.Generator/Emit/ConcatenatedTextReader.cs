using System;
using System.Collections.Generic;
using System.IO;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Reads pieces of text one after another, as if they were one string that is never made.
/// </summary>
/// <remarks>
/// Roslyn keeps a long text read from a reader in chunks below the large object heap's threshold. A
/// file of article classes joined into one string would be a large object on every edit, and large
/// objects are collected only by full collections, which a big IDE process pays dearly for.
/// </remarks>
internal sealed class ConcatenatedTextReader : TextReader
{
    private readonly IReadOnlyList<string> _pieces;
    private int _piece;
    private int _offset;

    public ConcatenatedTextReader(IReadOnlyList<string> pieces)
    {
        _pieces = pieces;
        SkipFinishedPieces();
    }

    /// <summary>The length of all the pieces together.</summary>
    public static int LengthOf(IReadOnlyList<string> pieces)
    {
        var length = 0;
        foreach (var piece in pieces)
            length += piece.Length;
        return length;
    }

    public override int Peek() => _piece < _pieces.Count ? _pieces[_piece][_offset] : -1;

    public override int Read()
    {
        if (_piece == _pieces.Count)
            return -1;
        var c = _pieces[_piece][_offset++];
        SkipFinishedPieces();
        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = 0;
        while (read < count && _piece < _pieces.Count)
        {
            var piece = _pieces[_piece];
            var n = Math.Min(count - read, piece.Length - _offset);
            piece.CopyTo(_offset, buffer, index + read, n);
            read += n;
            _offset += n;
            SkipFinishedPieces();
        }
        return read;
    }

    private void SkipFinishedPieces()
    {
        while (_piece < _pieces.Count && _offset == _pieces[_piece].Length)
        {
            _piece++;
            _offset = 0;
        }
    }
}
