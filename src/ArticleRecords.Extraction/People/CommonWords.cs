using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>
/// The words an article writes in lower case, to tell a capitalised common noun ("President Executive Order")
/// from a name. Articles ask few questions (in the benchmark corpus none more than six, most none or one): the first
/// <see cref="MaxScans"/> are each answered by one pass over the tokens. At the next the words are chained by shape
/// (first letter and length) in one pass, and a question compares only the words of its own shape; should the
/// questions together have compared more words than the article writes, the words are hashed into a set for the rest
/// (so the work stays linear). The arrays are kept per thread for the next article (those that a huge article grew
/// are not kept).
/// </summary>
internal sealed class CommonWords
{
    private const int LengthSlots = 32;
    private const int FirstSlots = 27;
    private const int Shapes = FirstSlots * LengthSlots;
    private const int LargestKept = 1 << 14;

    // A pass of the chaining costs about what a few passes comparing the words do; the count bounds the work, linear still.
    private const int MaxScans = 4;

    [ThreadStatic]
    private static int[]? _keptLastOfShape;

    [ThreadStatic]
    private static int[]? _keptPreviousOfShape;

    [ThreadStatic]
    private static TextSliceSet? _keptSet;

    private readonly ArticleDocument _document;
    private readonly CancellationToken _cancellationToken;

    // The last word of each shape, and for each word the one of its shape before it: token indexes plus one (0: none).
    private int[]? _lastOfShape;
    private int[]? _previousOfShape;
    private int _wordCount;
    private int _compared;
    private int _scans;
    private TextSliceSet? _set;

    public CommonWords(ArticleDocument document, CancellationToken cancellationToken)
    {
        _document = document;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Whether the article writes <paramref name="word"/> (lower-case) as a word of its own.</summary>
    public bool Contains(string word) => Contains(word, lowerCaseOfWord: false);

    /// <summary>
    /// Whether the article writes <paramref name="word"/>'s invariant lower case ("Order": "order") as a word of its own.
    /// An ASCII word is lower-cased as it is compared ('A'-'Z' to 'a'-'z', as invariant lower case does in ASCII) rather
    /// than copied; any other is copied by <see cref="string.ToLowerInvariant"/>.
    /// </summary>
    public bool ContainsLowerCaseOf(string word) =>
        IsAscii(word) ? Contains(word, lowerCaseOfWord: true) : Contains(word.ToLowerInvariant(), lowerCaseOfWord: false);

    private bool Contains(string word, bool lowerCaseOfWord)
    {
        if (word.Length == 0)
            return false;
        if (_set is not null)
            return _set.Contains(lowerCaseOfWord ? word.ToLowerInvariant() : word);
        var tokens = _document.Tokens;
        var text = _document.Text;
        var first = lowerCaseOfWord ? AsciiLower(word[0]) : word[0];
        if (_lastOfShape is null && _scans < MaxScans)
        {
            _scans++;
            return Scan(word, first, lowerCaseOfWord);
        }
        if (_lastOfShape is null)
            ChainByShape();
        for (var t = _lastOfShape![ShapeOf(first, word.Length)] - 1; t >= 0; t = _previousOfShape![t] - 1)
        {
            var token = tokens[t];
            if (token.Length == word.Length
                && (lowerCaseOfWord ? IsAsciiLowerCaseOf(text, token.Start, word) : string.CompareOrdinal(text, token.Start, word, 0, word.Length) == 0))
                return true;
            if (++_compared > _wordCount)
            {
                _set = Gather();
                return _set.Contains(lowerCaseOfWord ? word.ToLowerInvariant() : word);
            }
        }
        return false;
    }

    // One pass over the tokens, comparing the lower-case words of the question's length and first character.
    private bool Scan(string word, char first, bool lowerCaseOfWord)
    {
        var tokens = _document.Tokens;
        var text = _document.Text;
        for (var t = 0; t < tokens.Count; t++)
        {
            if ((t & 0xFFF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            ref readonly var token = ref tokens[t];
            if (token.Length == word.Length && text[token.Start] == first && IsLowerCaseWord(text, token)
                && (lowerCaseOfWord ? IsAsciiLowerCaseOf(text, token.Start, word) : string.CompareOrdinal(text, token.Start, word, 0, word.Length) == 0))
                return true;
        }
        return false;
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c >= 0x80)
                return false;
        }
        return true;
    }

    private static char AsciiLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    // Whether text[start, start + word.Length) is the lower case of the ASCII word.
    private static bool IsAsciiLowerCaseOf(string text, int start, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (text[start + i] != AsciiLower(word[i]))
                return false;
        }
        return true;
    }

    /// <summary>Hands the arrays back for the thread's next article; this instance is not asked again.</summary>
    public void Release()
    {
        if (_lastOfShape is not null && _previousOfShape!.Length <= LargestKept)
        {
            _keptLastOfShape = _lastOfShape;
            _keptPreviousOfShape = _previousOfShape;
        }
        if (_set is not null && _set.Capacity <= LargestKept)
            _keptSet = _set;
        _lastOfShape = _previousOfShape = null;
        _set = null;
    }

    private static int ShapeOf(char first, int length) =>
        (first is >= 'a' and <= 'z' ? first - 'a' : FirstSlots - 1) * LengthSlots + Math.Min(length, LengthSlots - 1);

    private static bool IsLowerCaseWord(string text, in Token token) => token.IsWord && char.IsLower(text[token.Start]);

    private void ChainByShape()
    {
        var tokens = _document.Tokens;
        var text = _document.Text;
        var last = _keptLastOfShape ?? new int[Shapes + 1];
        _keptLastOfShape = null;
        Array.Clear(last, 0, last.Length);
        var previous = _keptPreviousOfShape is { } kept && kept.Length >= tokens.Count ? kept : new int[Math.Max(tokens.Count, 1024)];
        _keptPreviousOfShape = null;
        var count = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if ((t & 0xFFF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            // Every other token is chained under a shape no question asks (Shapes): written so, the loop has no
            // branch on the word's case, which changes from word to word.
            var token = tokens[t];
            var lowerCase = IsLowerCaseWord(text, token);
            var shape = lowerCase ? ShapeOf(text[token.Start], token.Length) : Shapes;
            previous[t] = last[shape];
            last[shape] = t + 1;
            count += lowerCase ? 1 : 0;
        }
        _lastOfShape = last;
        _previousOfShape = previous;
        _wordCount = count;
    }

    private TextSliceSet Gather()
    {
        var words = _keptSet ?? new TextSliceSet(256);
        _keptSet = null;
        words.Clear(_document.Text);
        var tokens = _document.Tokens;
        var text = _document.Text;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            if (IsLowerCaseWord(text, tokens[i]))
                words.Add(tokens[i].Start, tokens[i].Length);
        }
        return words;
    }
}
