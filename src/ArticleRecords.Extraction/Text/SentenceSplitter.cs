using System;
using System.Collections.Generic;
using System.Threading;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// Finds sentence ends: '.', '!', '?' or '…' (with any closing quotation marks or brackets after it)
/// followed by a capital, a digit or an opening mark, or by the end of the paragraph. A dot after a
/// known abbreviation or a single capital (an initial) ends nothing.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly SliceSet Abbreviations = new(new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr", "Adm", "Maj",
        "Sgt", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec", "Lt.Gov",
        "St", "Jr", "Sr", "Mt", "Ft", "No", "Nos", "vs", "v", "etc", "approx", "est",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Va", "Vt", "Wash", "Wis", "Wyo",
    });

    // Sentences are gathered in a list kept per thread and stored at their exact count (a list that a huge article
    // grew is not kept).
    private const int LargestKeptBuffer = 1 << 14;

    [ThreadStatic]
    private static List<TextRange>? _buffer;

    [ThreadStatic]
    private static List<int>? _firstTokenBuffer;

    /// <summary>
    /// The sentences of the text, in order; each sentence's last token is marked in <paramref name="sentenceEnds"/>
    /// (a bit per token, at least as many as there are tokens) and its first token's index is in
    /// <paramref name="firstTokens"/>. The sentences cover the tokens: each starts at the token after the last one's end.
    /// </summary>
    public static TextRange[] Split(string text, TokenList tokens, ulong[] sentenceEnds, out int[] firstTokens, CancellationToken cancellationToken)
    {
        var sentences = _buffer ?? new List<TextRange>();
        _buffer = null;
        sentences.Clear();
        var firsts = _firstTokenBuffer ?? new List<int>();
        _firstTokenBuffer = null;
        firsts.Clear();
        var sentenceStart = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();

            if (sentenceStart < 0)
                sentenceStart = i;

            var last = i;
            if (IsTerminator(text, tokens, i))
            {
                while (last + 1 < tokens.Count && !tokens[last + 1].SpaceBefore && IsCloser(text[tokens[last + 1].Start]))
                    last++;
            }
            else if (!IsParagraphEnd(tokens, i))
            {
                continue;
            }

            if (IsParagraphEnd(tokens, last) || StartsSentence(text, tokens[last + 1]))
            {
                var start = tokens[sentenceStart].Start;
                sentences.Add(new TextRange(start, tokens[last].End - start));
                firsts.Add(sentenceStart);
                sentenceEnds[last >> 6] |= 1UL << (last & 63);
                sentenceStart = -1;
            }
            i = last;
        }
        var split = sentences.ToArray();
        firstTokens = firsts.ToArray();
        if (sentences.Capacity <= LargestKeptBuffer)
            _buffer = sentences;
        if (firsts.Capacity <= LargestKeptBuffer)
            _firstTokenBuffer = firsts;
        return split;
    }

    private static bool IsParagraphEnd(TokenList tokens, int i) =>
        i + 1 >= tokens.Count || tokens[i + 1].LineBreakBefore;

    private static bool IsTerminator(string text, TokenList tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsPunctuation)
            return false;
        var c = text[token.Start];
        if (c is '!' or '?' or '\u2026')
            return true;
        if (c != '.' || i == 0 || token.SpaceBefore)
            return c == '.';

        var previous = tokens[i - 1];
        if (!previous.IsWord)
            return true;
        if (previous.Length == 1 && char.IsUpper(text[previous.Start]))
            return false;
        return !Abbreviations.Contains(text, previous.Start, previous.Length);
    }

    private static bool IsCloser(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '\u00BB';

    private static bool StartsSentence(string text, Token next)
    {
        if (!next.SpaceBefore)
            return false;
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u00AB' or '\u2014' or '-';
    }
}
