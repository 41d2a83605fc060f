using System;
using System.Threading;

namespace ArticleRecords.Extraction.Text;

/// <summary>Splits normalised text into tokens in one left-to-right pass, never looking back.</summary>
internal static class Tokenizer
{
    /// <summary>
    /// The tokens of the text, in an array borrowed from <see cref="TokenBuffers"/> (grown when the text needs it):
    /// whoever holds the list gives the array back when the tokens are no longer read.
    /// </summary>
    public static TokenList Tokenize(string text, CancellationToken cancellationToken)
    {
        var buffer = TokenBuffers.Borrow();
        var count = 0;
        var spaceBefore = true;
        var lineBreakBefore = true;
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();

            var c = text[i];
            if (c == ' ')
            {
                spaceBefore = true;
                i++;
                continue;
            }
            if (c == '\n')
            {
                spaceBefore = true;
                lineBreakBefore = true;
                i++;
                continue;
            }
            if (IsSpace(c))
            {
                spaceBefore = true;
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (c < 0x80 ? IsAsciiLetter(c) : CharClass.IsWordStart(text, i))
            {
                end = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else if (c < 0x80 ? IsAsciiDigit(c) : char.IsDigit(c))
            {
                end = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else
            {
                end = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                kind = TokenKind.Punctuation;
            }

            if (count == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            buffer[count++] = new Token(i, end - i, kind, spaceBefore, lineBreakBefore);
            lineBreakBefore = false;
            // Most tokens are followed by one plain space: passed here without another turn of the loop.
            spaceBefore = end < text.Length && text[end] == ' ';
            i = spaceBefore ? end + 1 : end;
        }

        return new TokenList(buffer, count);
    }

    // Most text is ASCII, whose classes need no Unicode table: the same answers as char.IsWhiteSpace,
    // IsLetter and IsDigit give there (no ASCII character is invisible or a mark).
    private static bool IsSpace(char c) =>
        c < 0x80 ? c == ' ' || c is >= '\t' and <= '\r' : char.IsWhiteSpace(c) || CharClass.IsInvisible(c);

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static int ScanWord(string text, int start)
    {
        // An initialism's first letter is followed by its dot.
        if (start + 1 < text.Length && text[start + 1] == '.')
        {
            var initialism = ScanInitialism(text, start);
            if (initialism > start)
                return initialism;
        }

        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80 ? IsAsciiLetter(c) || IsAsciiDigit(c) : char.IsLetterOrDigit(c) || CharClass.IsCombining(c))
            {
                i++;
            }
            else if (i + 1 < text.Length
                     && ((CharClass.IsHyphen(c) && char.IsLetterOrDigit(text[i + 1]))
                         || (CharClass.IsApostrophe(c) && char.IsLetter(text[i + 1]))))
            {
                i += 2;
            }
            else if (IsMojibakeContinuation(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    // "PeÃ±a", "FranÃ§ois": UTF-8 read as Latin-1 writes a letter's second byte as a symbol (U+0080-U+00BF) after "Ã" or
    // "Â" (sometimes an "A" with a combining tilde or circumflex); inside a word it belongs to the word.
    private static bool IsMojibakeContinuation(string text, int i)
    {
        var c = text[i];
        if (c < '\u0080' || c > '\u00BF' || i + 1 >= text.Length || !(char.IsLetter(text[i + 1]) || CharClass.IsCombining(text[i + 1])))
            return false;
        var previous = text[i - 1];
        return previous is '\u00C3' or '\u00C2' || (previous is '\u0303' or '\u0302' && text[i - 2] == 'A');
    }

    // "U.S.", "N.H.", "U.S.A.": single letters each followed by a dot, at least two of them.
    private static int ScanInitialism(string text, int start)
    {
        var i = start;
        var letters = 0;
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.'
               && (i == start || !char.IsLetter(text[i - 1])))
        {
            letters++;
            i += 2;
        }
        if (letters < 2 || (i < text.Length && char.IsLetterOrDigit(text[i])))
            return start;
        return i;
    }

    private static int ScanNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c == ',' && IsDigitGroup(text, i + 1))
            {
                i += 4;
            }
            else if (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static bool IsDigitGroup(string text, int at) =>
        at + 3 <= text.Length
        && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsDigit(text[at + 3]));
}
