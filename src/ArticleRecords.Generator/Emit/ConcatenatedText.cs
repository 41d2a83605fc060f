using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// A generated file made of pieces of text (its articles' classes), read where they are, as if they were one string
/// that is never made.
/// </summary>
/// <remarks>
/// The classes are already held by the driver, which caches each article's emission: a text copied from them would
/// hold every file twice (24 MB more for 1,000 articles) and copy a whole file, a large object if it were one string,
/// on every keystroke. Roslyn reads a source text through <see cref="CopyTo"/> and the indexer, and takes its lines
/// and checksum from them, as it does for its own texts.
/// </remarks>
internal sealed class ConcatenatedText : SourceText
{
    private readonly string[] _pieces;

    // Where each piece starts, and the length of all of them at the end.
    private readonly int[] _starts;

    private readonly Encoding _encoding;

    public ConcatenatedText(IReadOnlyList<string> pieces, Encoding encoding)
    {
        _pieces = new string[pieces.Count];
        _starts = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
        {
            _pieces[i] = pieces[i];
            _starts[i + 1] = checked(_starts[i] + pieces[i].Length);
        }
        _encoding = encoding;
    }

    public override Encoding Encoding => _encoding;

    public override int Length => _starts[_pieces.Length];

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(position));
            var piece = PieceAt(position);
            return _pieces[piece][position - _starts[piece]];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (destination is null)
            throw new ArgumentNullException(nameof(destination));
        if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count)
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        if (destinationIndex < 0 || destinationIndex > destination.Length - count)
            throw new ArgumentOutOfRangeException(nameof(destinationIndex));
        if (count == 0)
            return;

        var piece = PieceAt(sourceIndex);
        var offset = sourceIndex - _starts[piece];
        while (count > 0)
        {
            var n = Math.Min(count, _pieces[piece].Length - offset);
            _pieces[piece].CopyTo(offset, destination, destinationIndex, n);
            destinationIndex += n;
            count -= n;
            piece++;
            offset = 0;
        }
    }

    // The last piece that starts at or before the position: for a position inside the text, never an empty piece (one
    // that starts where the next starts is passed over).
    private int PieceAt(int position)
    {
        int low = 0, high = _pieces.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (_starts[middle] <= position)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }
}
