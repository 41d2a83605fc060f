using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.People;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// An article's normalised text with the indexes every extractor shares: tokens, paragraphs,
/// sentences and line starts. Built once per article in linear time.
/// </summary>
internal sealed class ArticleDocument
{
    // The index of each paragraph's first token, and a bit per token that ends a sentence.
    private readonly int[] _paragraphFirstTokens;
    private readonly ulong[] _sentenceEnds;

    // The index of each sentence's first token.
    private readonly int[] _sentenceFirstTokens;

    // The answer ParagraphOfToken gave last, tried first at the next question.
    private int _lastParagraphFound;

    // The word pool's table of the thread that parsed the article, which TextOf asks without looking it up each time.
    private readonly string?[] _pooledWords = WordPool.ThreadTable();

    private ArticleDocument(string text, TokenList tokens, TextRange[] paragraphs, TextRange[] sentences, LineIndex lines, int[] paragraphFirstTokens, ulong[] sentenceEnds, int[] sentenceFirstTokens)
    {
        Text = text;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Lines = lines;
        _paragraphFirstTokens = paragraphFirstTokens;
        _sentenceEnds = sentenceEnds;
        _sentenceFirstTokens = sentenceFirstTokens;
    }

    public string Text { get; }

    /// <summary>
    /// The tokens, in an array borrowed from <see cref="TokenBuffers"/> until <see cref="GiveBackTokens"/>; none after it.
    /// </summary>
    public TokenList Tokens { get; private set; }

    /// <summary>Each non-blank line is a paragraph (trailing white space excluded).</summary>
    public TextRange[] Paragraphs { get; }

    public TextRange[] Sentences { get; }

    public LineIndex Lines { get; }

    /// <summary>
    /// Which paragraphs are lines in title case: organisations and people both ask, and each paragraph is read once,
    /// when first asked about.
    /// </summary>
    public TitleCaseParagraphs TitleCaseParagraphs => _titleCaseParagraphs ??= new TitleCaseParagraphs(this);

    private TitleCaseParagraphs? _titleCaseParagraphs;

    // What several stages read of one article, found once by the stage that owns it and kept here, where it lives
    // exactly as long as the document: not in a weak table keyed by the document, whose dependent handles every
    // collection scans (2-6% of the whole extraction's time when they were).

    /// <summary>The kinds of date each token may start, once <see cref="DateStarters.Of"/> has read them.</summary>
    internal DateStart[]? DateStarts { get; set; }

    /// <summary>The runs of capitalised words, once <see cref="NameRunScanner.Scan"/> has read them.</summary>
    internal NameRun[]? NameRuns { get; set; }

    /// <summary>The organisation mentions, once <see cref="OrganizationFinder.Find"/> has found them.</summary>
    internal List<OrganizationMention>? OrganizationMentions { get; set; }

    /// <summary>The people <see cref="PersonExtractor.Extract"/> handed out last, with the directory they were read from.</summary>
    internal PersonExtractor.Found? FoundPeople { get; set; }

    public static ArticleDocument Parse(string normalizedText, CancellationToken cancellationToken)
    {
        var lines = new LineIndex(normalizedText);
        var paragraphs = FindParagraphs(normalizedText, lines);
        var tokens = Tokenizer.Tokenize(normalizedText, cancellationToken);
        var sentenceEnds = new ulong[(tokens.Count + 63) >> 6];
        var sentences = SentenceSplitter.Split(normalizedText, tokens, sentenceEnds, out var sentenceFirstTokens, cancellationToken);
        return new ArticleDocument(normalizedText, tokens, paragraphs, sentences, lines, FirstTokens(tokens, paragraphs.Length, cancellationToken), sentenceEnds, sentenceFirstTokens);
    }

    /// <summary>
    /// Gives the token array back to <see cref="TokenBuffers"/> for the thread's next article, once nothing reads this
    /// document's tokens any more (the extraction is over); the document has no tokens after it. A document that is
    /// never given back keeps its array, which is then not reused.
    /// </summary>
    public void GiveBackTokens()
    {
        var tokens = Tokens;
        Tokens = TokenList.Empty;
        TokenBuffers.GiveBack(tokens);
    }

    /// <summary>
    /// The 0-based paragraph token <paramref name="index"/> stands in: the paragraph last found or the one after it,
    /// since readers mostly ask in text order, else a binary search of the paragraphs' first tokens.
    /// </summary>
    public int ParagraphOfToken(int index)
    {
        // A stale value from another thread is only a guess that the range test turns down.
        var last = _lastParagraphFound;
        if (IsInParagraph(index, last))
            return last;
        if (IsInParagraph(index, last + 1))
            return _lastParagraphFound = last + 1;
        int low = 0, high = _paragraphFirstTokens.Length - 1, found = 0;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (_paragraphFirstTokens[mid] <= index)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return _lastParagraphFound = found;
    }

    /// <summary>Whether token <paramref name="index"/> exists and stands in paragraph <paramref name="paragraph"/>.</summary>
    public bool IsInParagraph(int index, int paragraph) =>
        (uint)paragraph < (uint)_paragraphFirstTokens.Length && index >= _paragraphFirstTokens[paragraph] && index < EndTokenOf(paragraph);

    /// <summary>
    /// Whether tokens <paramref name="a"/> and <paramref name="b"/> stand in one paragraph: read from the line breaks
    /// between them when they are close, as they mostly are.
    /// </summary>
    public bool SameParagraph(int a, int b)
    {
        const int NearBy = 8;
        if (a > b)
            (a, b) = (b, a);
        if (b - a > NearBy)
            return ParagraphOfToken(a) == ParagraphOfToken(b);
        for (var t = a + 1; t <= b; t++)
        {
            if (Tokens[t].LineBreakBefore)
                return false;
        }
        return true;
    }

    /// <summary>The index of the first token of paragraph <paramref name="paragraph"/>.</summary>
    public int FirstTokenOf(int paragraph) => _paragraphFirstTokens[paragraph];

    /// <summary>Whether token <paramref name="index"/> is the last of its sentence (as <see cref="SentenceSplitter"/> found).</summary>
    public bool EndsSentence(int index) => (_sentenceEnds[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>The index of the first token of sentence <paramref name="sentence"/>.</summary>
    public int FirstTokenOfSentence(int sentence) => _sentenceFirstTokens[sentence];

    /// <summary>The index of the token after sentence <paramref name="sentence"/>'s last: the next sentence's first, since the sentences cover the tokens.</summary>
    public int EndTokenOfSentence(int sentence) =>
        sentence + 1 < _sentenceFirstTokens.Length ? _sentenceFirstTokens[sentence + 1] : Tokens.Count;

    private int EndTokenOf(int paragraph) =>
        paragraph + 1 < _paragraphFirstTokens.Length ? _paragraphFirstTokens[paragraph + 1] : Tokens.Count;

    // Every paragraph holds a token and every line that holds one is a paragraph: a paragraph starts at each token
    // first on its line.
    private static int[] FirstTokens(TokenList tokens, int paragraphCount, CancellationToken cancellationToken)
    {
        var firsts = new int[paragraphCount];
        var paragraph = 0;
        for (var i = 0; i < tokens.Count && paragraph < paragraphCount; i++)
        {
            if ((i & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (tokens[i].LineBreakBefore)
                firsts[paragraph++] = i;
        }
        return firsts;
    }

    /// <summary>The token's text; a short one is a shared copy (see <see cref="WordPool"/>).</summary>
    public string TextOf(in Token token) => WordPool.Get(_pooledWords, Text, token.Start, token.Length);

    /// <summary>Text[start, start + length) as a string; a short one is a shared copy (see <see cref="WordPool"/>).</summary>
    public string WordAt(int start, int length) => WordPool.Get(_pooledWords, Text, start, length);

    public string TextOf(TextRange range) => Text.Substring(range.Start, range.Length);

    public string TextBetween(int start, int end) => Text.Substring(start, end - start);

    /// <summary>Compares a token's text with <paramref name="value"/> without allocating.</summary>
    public bool Is(in Token token, string value, bool ignoreCase = false) =>
        token.Length == value.Length
        && (value.Length == 0 || MayBeSameFirst(Text[token.Start], value[0], ignoreCase))
        && string.Compare(Text, token.Start, value, 0, value.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0;

    // Most comparisons fail on the first character; ASCII ones are told apart here without a call.
    private static bool MayBeSameFirst(char a, char b, bool ignoreCase) =>
        a == b || a >= 0x80 || b >= 0x80 || (ignoreCase && (a | 0x20) == (b | 0x20) && (uint)((a | 0x20) - 'a') <= 'z' - 'a');

    public char FirstChar(in Token token) => Text[token.Start];

    public bool IsCapitalized(in Token token) => token.IsWord && char.IsUpper(Text[token.Start]);

    /// <summary>The 0-based line of an offset.</summary>
    public int LineOf(int offset) => Lines.LineOf(offset);

    /// <summary>The 0-based column of an offset within its line.</summary>
    public int ColumnOf(int offset) => Lines.ColumnOf(offset);

    /// <summary>The 0-based paragraph holding an offset (the previous one when the offset falls between paragraphs).</summary>
    public int ParagraphOf(int offset) => Math.Max(0, IndexOfRangeAtOrBefore(Paragraphs, offset));

    /// <summary>The index of the sentence holding an offset (the previous one when it falls between sentences), or -1.</summary>
    public int SentenceOf(int offset) => IndexOfRangeAtOrBefore(Sentences, offset);

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAtOrAfter(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (Tokens[mid].Start < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    private static int IndexOfRangeAtOrBefore(TextRange[] ranges, int offset)
    {
        int low = 0, high = ranges.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (ranges[mid].Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }

    // Paragraphs are gathered in a list kept per thread and stored at their exact count (a list that a huge article
    // grew is not kept).
    private const int LargestKeptParagraphBuffer = 1 << 14;

    [ThreadStatic]
    private static List<TextRange>? _paragraphBuffer;

    private static TextRange[] FindParagraphs(string text, LineIndex lines)
    {
        var paragraphs = _paragraphBuffer ?? new List<TextRange>();
        _paragraphBuffer = null;
        paragraphs.Clear();
        for (var line = 0; line < lines.Count; line++)
        {
            var start = lines.StartOf(line);
            var end = lines.EndOf(line);
            while (start < end && (char.IsWhiteSpace(text[start]) || CharClass.IsInvisible(text[start])))
                start++;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || CharClass.IsInvisible(text[end - 1])))
                end--;
            if (end > start)
                paragraphs.Add(new TextRange(start, end - start));
        }
        var found = paragraphs.ToArray();
        if (paragraphs.Capacity <= LargestKeptParagraphBuffer)
            _paragraphBuffer = paragraphs;
        return found;
    }
}
