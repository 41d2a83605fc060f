using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>
/// The words an article writes in lower case, to tell a capitalised common noun ("President Executive Order")
/// from a name. Gathered at the first question, since many articles never ask one, into a set kept per thread
/// for the next article (a set that a huge article grew is not kept).
/// </summary>
internal sealed class CommonWords
{
    private const int LargestKeptCapacity = 1 << 14;

    [ThreadStatic]
    private static TextSliceSet? _kept;

    private readonly ArticleDocument _document;
    private readonly CancellationToken _cancellationToken;
    private TextSliceSet? _words;

    public CommonWords(ArticleDocument document, CancellationToken cancellationToken)
    {
        _document = document;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Whether the article writes <paramref name="word"/> (lower-case) as a word of its own.</summary>
    public bool Contains(string word) => (_words ??= Gather()).Contains(word);

    /// <summary>Hands the set back for the thread's next article; this instance is not asked again.</summary>
    public void Release()
    {
        if (_words is not null && _words.Capacity <= LargestKeptCapacity)
            _kept = _words;
        _words = null;
    }

    private TextSliceSet Gather()
    {
        var words = _kept ?? new TextSliceSet(256);
        _kept = null;
        words.Clear(_document.Text);
        var tokens = _document.Tokens;
        var text = _document.Text;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            if (tokens[i].IsWord && char.IsLower(text[tokens[i].Start]))
                words.Add(tokens[i].Start, tokens[i].Length);
        }
        return words;
    }
}
