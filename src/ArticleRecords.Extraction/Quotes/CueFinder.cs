using System;
using System.Threading;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Finds the reporting cue of a quotation and the speaker mention at it, within the quotation's
/// own sentence: after the closing mark ("“…,” he said", "“…,” said Sen. Maria Alvarez"), before
/// the opening mark ("Tokayev emphasized that … “…”", "the statement reads: “…”"), or an
/// "according to" phrase anywhere in the sentence.
/// </summary>
internal sealed class CueFinder
{
    private const int MaxTrailingGap = 16;
    private const int MaxLeadingWindow = 45;
    private const int MaxAppositive = 14;
    private const int MaxNameTokens = 12;

    private readonly ArticleDocument _document;
    private readonly Token[] _tokens;
    private readonly bool[] _sentenceEnd;

    public CueFinder(ArticleDocument document, CancellationToken cancellationToken)
    {
        _document = document;
        _tokens = document.Tokens;
        _sentenceEnd = new bool[_tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var last = document.TokenIndexAtOrAfter(sentence.End) - 1;
            if (last >= 0)
                _sentenceEnd[last] = true;
        }
    }

    public bool IsSentenceEnd(int token) => _sentenceEnd[token];

    public Attribution? After(int closeToken)
    {
        var paragraph = _tokens[closeToken].Paragraph;
        var t = closeToken + 1;
        // “… Charter.” He also said …: a quotation that ends its sentence is followed by a new one,
        // unless the next word is lower-case (“Why?” he asked).
        var endedInside = EndsSentenceInside(closeToken) && !(t < _tokens.Length && IsWord(t) && char.IsLower(Word(t)[0]));
        while (t < _tokens.Length && _tokens[t].Paragraph == paragraph && _tokens[t].IsPunctuation && IsLeadPunctuation(t))
            t++;
        var subjectStart = t;
        for (var gap = 0; t < _tokens.Length && gap < MaxTrailingGap && _tokens[t].Paragraph == paragraph; t++, gap++)
        {
            if (IsMark(t) || (_sentenceEnd[t] && t > subjectStart && !IsWord(t)))
                return null;
            if (!IsCueVerb(t))
                continue;
            // After a quotation that ended its sentence, only a short "Name said." clause belongs to it;
            // "He also underlined that …" starts a sentence of its own.
            if (endedInside && !EndsAttributionClause(t + 1))
                return null;
            if (t == subjectStart)
                return MentionAfter(CueEnd(t) + 1) is { } after ? new Attribution(t, CueEnd(t), after.First, after.Last) : null;
            // The speaker follows the mark directly, perhaps after an affiliation and role: not "“…,” though he acknowledged".
            var subject = SubjectEndingAt(t - 1, subjectStart);
            if (subject is { } s && OnlyModifiersBetween(subjectStart, s.First))
                return new Attribution(t, CueEnd(t), s.First, s.Last);
            // "“This will be a challenge” for Clinton, said Kunin."
            if (IsComma(t - 1) && ReportingCues.TakesInvertedSpeaker(Word(t)) && MentionAfter(CueEnd(t) + 1) is { } inverted)
                return new Attribution(t, CueEnd(t), inverted.First, inverted.Last);
            // "… branded “in homage to” Lazar, Song wrote.": a name after a comma, the cue closing the sentence.
            if (EndsAttributionClause(t + 1) && subject is { } closing && closing.First > subjectStart
                && IsComma(closing.First - 1) && NameRunScanner.IsNameWord(_document, closing.First))
                return new Attribution(t, CueEnd(t), closing.First, closing.Last);
            return null;
        }
        return null;
    }

    public Attribution? Before(int openToken)
    {
        var paragraph = _tokens[openToken].Paragraph;
        var windowStart = openToken;
        while (windowStart > 0 && openToken - windowStart < MaxLeadingWindow)
        {
            var previous = windowStart - 1;
            if (_tokens[previous].Paragraph != paragraph || _sentenceEnd[previous] || IsMark(previous))
                break;
            windowStart = previous;
        }
        int? participle = null;
        for (var t = openToken - 1; t >= windowStart; t--)
        {
            if (IsAccordingTo(t))
                return MentionAfter(t + 2) is { } source ? new Attribution(t, t + 1, source.First, source.Last) : null;
            if (!IsCueVerb(t))
                continue;
            var isParticiple = ReportingCues.IsParticiple(Word(t));
            // "…, citing her “…”": the comma before a participle ends a clause, not an appositive.
            var subject = isParticiple && t > windowStart && IsComma(t - 1) ? null : SubjectEndingAt(t - 1, windowStart);
            if (subject is { } s)
                return new Attribution(t, CueEnd(t), s.First, s.Last);
            // "…, describing it as a “…”", "telling the crowd, “…”": the participle's subject is the clause's.
            if (isParticiple)
            {
                participle ??= t;
                continue;
            }
            // "Said Trump: “…”" (but the words after "told" name whom it was told to).
            // The inverted speaker must end right at the quotation ("Said Trump: “…”"), or it is the
            // subject of a reported clause ("said Clinton was not the originator of “…”").
            if (ReportingCues.TakesInvertedSpeaker(Word(t)) && MentionAfter(t + 1) is { } inverted && EndsRightBefore(inverted.Last, openToken))
                return new Attribution(t, CueEnd(t), inverted.First, inverted.Last);
            return null;
        }
        if (participle is { } p && ClauseSubject(windowStart, p) is { } clauseSubject)
            return new Attribution(p, p, clauseSubject.First, clauseSubject.Last);
        if (SpeakerLabel(windowStart, openToken) is { } label)
            return new Attribution(label.Last + 1, label.Last + 1, label.First, label.Last);
        return AccordingToAfter(openToken);
    }

    // "Trump shot back in a statement, saying he’s “…”": the sentence's first phrase, when it names someone.
    private (int First, int Last)? ClauseSubject(int windowStart, int participle)
    {
        var start = AfterDateline(windowStart, participle);
        while (start < participle && IsWord(start) && ClauseWords.IsSentenceConnector(Word(start)))
            start++;
        // "On Tuesday, Gov. Jerry Brown endorsed her": an opening adverbial ends at its comma.
        if (start < participle && IsWord(start)
            && (ClauseWords.IsOpeningPreposition(Word(start)) || (start > windowStart && ClauseWords.IsPreposition(Word(start))) || IsOpeningParticiple(start)))
        {
            var comma = start + 1;
            while (comma < participle && comma - start < 12 && !IsComma(comma))
                comma++;
            if (comma >= participle || !IsComma(comma))
                return null;
            start = comma + 1;
            // "At a rally in Portsmouth, N.H., he knocked Cruz": a place's state or country follows its own comma.
            var next = start;
            while (next < participle && next - start < 4 && (NameRunScanner.IsNameWord(_document, next) || IsNameDot(next) || _document.Text[_tokens[next].Start] == '.'))
                next++;
            if (next > start && next < participle && IsComma(next))
                start = next + 1;
        }
        if (start >= participle || !IsWord(start))
            return null;
        var word = Word(start);
        if (!ClauseWords.IsPersonalPronoun(word) && !char.IsUpper(word[0]))
            return null;
        return MentionAfter(start) is { } mention && mention.Last < participle ? mention : null;
    }

    // A transcript's speaker label opening the paragraph: "Rep. Trey Gowdy (R-S.C.): “…”". The cue is the colon.
    private (int First, int Last)? SpeakerLabel(int windowStart, int openToken)
    {
        // "… - Michael P. McDonald: “…”": a label may also follow a dash inside the paragraph.
        for (var t = openToken - 2; t > windowStart && openToken - t < 10; t--)
        {
            if (_tokens[t].IsPunctuation && (CharClass.IsDash(_document.Text[_tokens[t].Start]) || _document.Text[_tokens[t].Start] == '-') && _tokens[t].SpaceBefore)
            {
                windowStart = t + 1;
                return LabelAt(windowStart, openToken, requireParagraphStart: false);
            }
        }
        return LabelAt(windowStart, openToken, requireParagraphStart: true);
    }

    private (int First, int Last)? LabelAt(int windowStart, int openToken, bool requireParagraphStart)
    {
        var colon = openToken - 1;
        if (colon <= windowStart || _document.Text[_tokens[colon].Start] != ':' || _tokens[windowStart].Paragraph != _tokens[openToken].Paragraph
            || (requireParagraphStart && windowStart > 0 && _tokens[windowStart - 1].Paragraph == _tokens[windowStart].Paragraph))
            return null;
        var last = colon - 1;
        if (IsCloseParenthesis(last))
        {
            while (last > windowStart && !IsOpenParenthesis(last))
                last--;
            last--;
        }
        if (last < windowStart || !NameRunScanner.IsNameWord(_document, last))
            return null;
        for (var t = windowStart; t <= last; t++)
        {
            if (!(NameRunScanner.IsNameWord(_document, t) || IsNameDot(t) || (IsWord(t) && char.IsLower(Word(t)[0]) && Titles.IsLowerCaseRole(Word(t)))))
                return null;
        }
        return (windowStart, last);
    }

    /// <summary>
    /// A paragraph that ends "… Cruz called them on it:" introduces the quotation of the next paragraph:
    /// the cue and speaker of its last sentence.
    /// </summary>
    public Attribution? IntroducedBefore(int openToken)
    {
        var colon = openToken - 1;
        if (colon < 1 || _tokens[colon].Paragraph == _tokens[openToken].Paragraph || _document.Text[_tokens[colon].Start] != ':')
            return null;
        var paragraph = _tokens[colon].Paragraph;
        var windowStart = colon;
        while (windowStart > 0 && colon - windowStart < MaxLeadingWindow && _tokens[windowStart - 1].Paragraph == paragraph
               && !_sentenceEnd[windowStart - 1] && !IsMark(windowStart - 1))
            windowStart--;
        for (var t = colon - 1; t >= windowStart; t--)
        {
            if (t == windowStart && IsWord(t) && ReportingCues.IsCapitalisedVerb(Word(t)) && MentionAfter(t + 1) is { } opened && opened.Last < colon)
                return new Attribution(t, CueEnd(t), opened.First, opened.Last);
            if (!IsCueVerb(t))
                continue;
            if (SubjectEndingAt(t - 1, windowStart) is { } subject)
                return new Attribution(t, CueEnd(t), subject.First, subject.Last);
            if (ClauseSubject(windowStart, t) is { } clause)
                return new Attribution(t, CueEnd(t), clause.First, clause.Last);
            if (ReportingCues.TakesInvertedSpeaker(Word(t)) && MentionAfter(t + 1) is { } inverted && inverted.Last < colon)
                return new Attribution(t, CueEnd(t), inverted.First, inverted.Last);
        }
        if (SpeakerLabel(windowStart, colon + 1) is { } label)
            return new Attribution(colon, colon, label.First, label.Last);
        return null;
    }

    /// <summary>
    /// The phrase that opens the writer's sentence holding the quotation, when the sentence starts
    /// before the opening mark: "Merkel heralded the deal as a “breakthrough.”" (any verb, no cue).
    /// </summary>
    public (int First, int Last)? SentenceSubjectBefore(int openToken)
    {
        var paragraph = _tokens[openToken].Paragraph;
        var start = openToken;
        while (start > 0 && openToken - start < MaxLeadingWindow && _tokens[start - 1].Paragraph == paragraph
               && !_sentenceEnd[start - 1] && !IsMark(start - 1))
            start--;
        if (start == openToken || (start > 0 && _tokens[start - 1].Paragraph == paragraph && !_sentenceEnd[start - 1]))
            return null;
        return ClauseSubject(start, openToken);
    }

    /// <summary>
    /// "Kasich resisted: “…”": a quotation after a colon in the writer's sentence is the words of
    /// the phrase that opens that sentence.
    /// </summary>
    public (int First, int Last)? SubjectBeforeColon(int openToken)
    {
        var colon = openToken - 1;
        if (colon < 1 || _tokens[colon].Paragraph != _tokens[openToken].Paragraph || _document.Text[_tokens[colon].Start] != ':')
            return null;
        var start = colon;
        while (start > 0 && colon - start < MaxLeadingWindow && _tokens[start - 1].Paragraph == _tokens[colon].Paragraph
               && !_sentenceEnd[start - 1] && !IsMark(start - 1))
            start--;
        return start < colon ? ClauseSubject(start, colon) : null;
    }

    /// <summary>
    /// "Valastro praised Christie’s leadership." before a quotation paragraph: the sentence just
    /// before opens with a speaker and a cue.
    /// </summary>
    public Attribution? PreviousSentenceCue(int openToken)
    {
        if (PreviousSentenceSubject(openToken) is not { } subject)
            return null;
        var t = subject.Last + 1;
        while (t < openToken && IsWord(t) && (ReportingCues.IsAuxiliary(Word(t)) || ClauseWords.IsTimeAdverb(Word(t))))
            t++;
        return t < openToken && IsCueVerb(t) ? new Attribution(t, CueEnd(t), subject.First, subject.Last) : null;
    }

    /// <summary>The phrase that opens sentence <paramref name="sentence"/>, when it names someone or is a pronoun.</summary>
    public (int First, int Last)? SubjectOfSentence(int sentence)
    {
        if (sentence < 0 || sentence >= _document.Sentences.Length)
            return null;
        var range = _document.Sentences[sentence];
        var first = _document.TokenIndexAtOrAfter(range.Start);
        var end = Math.Min(_document.TokenIndexAtOrAfter(range.End), first + MaxLeadingWindow);
        if (first >= end || IsMark(first))
            return null;
        return ClauseSubject(first, end);
    }

    /// <summary>The phrase that opens the sentence ending just before <paramref name="openToken"/>, when it names someone.</summary>
    public (int First, int Last)? PreviousSentenceSubject(int openToken)
    {
        var end = openToken - 1;
        if (end < 0 || !_sentenceEnd[end] && !(end >= 0 && _tokens[end].Paragraph != _tokens[openToken].Paragraph))
            return null;
        var start = end;
        while (start > 0 && end - start < 60 && !_sentenceEnd[start - 1] && _tokens[start - 1].Paragraph == _tokens[end].Paragraph)
            start--;
        if (IsMark(start))
            return null;
        return ClauseSubject(start, end);
    }

    private Attribution? AccordingToAfter(int openToken)
    {
        var paragraph = _tokens[openToken].Paragraph;
        for (var t = openToken + 1; t + 1 < _tokens.Length && _tokens[t].Paragraph == paragraph && t - openToken < 60; t++)
        {
            if (IsAccordingTo(t))
                return MentionAfter(t + 2) is { } source ? new Attribution(t, t + 1, source.First, source.Last) : null;
            if (_sentenceEnd[t] && !IsInsideQuotation(t))
                return null;
        }
        return null;
    }

    // Sentence ends inside a quotation do not end the writer's sentence; a crude check that
    // suffices for "according to" after a quotation: the next token is not a closing mark.
    private bool IsInsideQuotation(int t) => t + 1 < _tokens.Length && IsMark(t + 1);

    /// <summary>The speaker mention ending at <paramref name="end"/> (auxiliaries and an appositive skipped), not before <paramref name="limit"/>.</summary>
    public (int First, int Last)? SubjectEndingAt(int end, int limit)
    {
        var t = end;
        // "He also said", "Feinstein last week said", "Trump on Tuesday said"
        while (t >= limit && IsWord(t) && (ReportingCues.IsAuxiliary(Word(t)) || ClauseWords.IsTimeAdverb(Word(t))))
            t--;
        // "Gov. John Kasich (R-OH), said"
        if (t - 1 >= limit && IsComma(t) && IsCloseParenthesis(t - 1))
            t--;
        if (t >= limit && IsCloseParenthesis(t))
        {
            // "Rep. Earl Blumenauer (D-Ore.) said"
            var open = t - 1;
            while (open >= limit && t - open <= MaxAppositive && !IsOpenParenthesis(open))
                open--;
            if (open < limit)
                return null;
            t = open - 1;
        }
        for (var appositives = 0; t >= limit && IsComma(t) && appositives < 3; appositives++)
        {
            // "Sen. Mark Ellison, R-Utah, said": skip the appositive between commas, and more than one
            // when the first ends inside a phrase ("Dean Johnson, a salesman from Sumter, South Carolina, says").
            var comma = t - 1;
            while (comma >= limit && t - comma <= MaxAppositive && !IsComma(comma) && !IsMark(comma))
                comma--;
            if (comma < limit || !IsComma(comma))
                return null;
            // "Clinton's campaign chairman, John Podesta, said": a name in the appositive of a description is the speaker.
            if (comma - 1 >= limit && IsWord(comma - 1) && char.IsLower(Word(comma - 1)[0])
                && AppositiveName(comma + 1, t - 1) is { } named)
                return named;
            t = comma - 1;
            var runStart = t;
            while (runStart - 1 >= limit && (NameRunScanner.IsNameWord(_document, runStart - 1) || IsNameDot(runStart - 1)))
                runStart--;
            var insidePhrase = runStart - 1 >= limit && IsWord(runStart - 1) && char.IsLower(Word(runStart - 1)[0]) && !ClauseWords.IsDeterminer(Word(runStart - 1))
                               && !Titles.IsLowerCaseRole(Word(runStart - 1));
            if (!insidePhrase || runStart - 1 - 1 < limit)
                break;
            var previousComma = runStart - 1;
            while (previousComma >= limit && !IsComma(previousComma) && !IsMark(previousComma))
                previousComma--;
            if (previousComma < limit || !IsComma(previousComma))
                break;
            t = previousComma;
        }
        // "The State Department less than two weeks ago said"
        if (t >= limit && IsWord(t) && Word(t) == "ago")
        {
            while (t - 1 >= limit && (_tokens[t - 1].IsNumber || (IsWord(t - 1) && ClauseWords.IsTimeWord(Word(t - 1)))))
                t--;
            t--;
        }
        if (t < limit || !IsWord(t))
            return null;
        var word = Word(t);
        // "Lazar said he welcomed it and added, “…”": the coordinated verb's subject opens the clause.
        if (word is "and" or "but")
            return ClauseSubject(limit, t);
        if (ClauseWords.IsClauseOpener(word))
            return null;
        if (ClauseWords.IsPersonalPronoun(word))
            return (t, t);
        var first = t;
        if (IsOpeningParticiple(t))
            return null;
        if (char.IsUpper(word[0]))
        {
            while (first - 1 >= limit && (NameRunScanner.IsNameWord(_document, first - 1) || IsNameDot(first - 1)))
                first--;
            // "CIA spokesman Ryan Trapani", "Republican strategist Ana Navarro": a role and what qualifies it.
            if (first - 1 >= limit && IsWord(first - 1) && Titles.IsLowerCaseRole(Word(first - 1)))
            {
                first--;
                var extra = 0;
                while (first - 1 >= limit && extra < 4 && !NameRunScanner.EndsPossessive(_document, first - 1)
                       && (NameRunScanner.IsNameWord(_document, first - 1) || IsNameDot(first - 1)
                           || (IsWord(first - 1) && Titles.IsLowerCaseRole(Word(first - 1)))))
                {
                    first--;
                    extra++;
                }
            }
            if (first - 1 >= limit && IsWord(first - 1) && ClauseWords.IsDeterminer(Word(first - 1)))
                first--;
            // "Sen. John Harlan of South Dakota told": the name before "of" is the speaker's.
            if (first - 2 >= limit && IsWord(first - 1) && Word(first - 1) is "of" or "from" && NameRunScanner.IsNameWord(_document, first - 2))
                return SubjectEndingAt(first - 2, limit) is { } owner ? (owner.First, t) : (first, t);
            while (first < t && IsWord(first) && ClauseWords.IsSentenceConnector(Word(first)))
                first++;
            return (first, t);
        }
        // A description: "the statement", "the ministry’s statement", "Gov. Laura Brennan’s office" —
        // but a preposition ends none ("… plans by saying").
        if (ClauseWords.IsPreposition(word))
            return null;
        for (var steps = 0; first - 1 >= limit && steps < 4; steps++)
        {
            var previous = first - 1;
            if (!IsWord(previous) && !IsNameDot(previous))
                return null;
            first = previous;
            if (IsNameDot(previous))
                continue;
            var previousWord = Word(previous);
            if (ClauseWords.IsDeterminer(previousWord))
                return (first, t);
            if (NameRunScanner.EndsPossessive(_document, previous))
            {
                while (first - 1 >= limit && (NameRunScanner.IsNameWord(_document, first - 1) || IsNameDot(first - 1)))
                    first--;
                if (char.IsUpper(previousWord[0]))
                    return (first, t);
            }
        }
        return null;
    }

    /// <summary>A speaker mention starting at <paramref name="start"/>: a pronoun, a name with its title, or a determiner and noun.</summary>
    public (int First, int Last)? MentionAfter(int start)
    {
        if (start >= _tokens.Length || !IsWord(start))
            return null;
        var word = Word(start);
        if (ClauseWords.StartsNoSubject(word))
            return null;
        if (ClauseWords.IsPersonalPronoun(word))
            return (start, start);
        var t = start;
        // "said retired Army Lt. Gen. Mick Bednarek"
        if (char.IsLower(word[0]) && !ClauseWords.IsDeterminer(word) && NameAfterModifiers(start) is { } modified)
            return (start, modified);
        if (ClauseWords.IsDeterminer(word) || Titles.IsLowerCaseRole(word))
        {
            // "the ministry’s statement", "the senator", "spokeswoman Haley Morris"
            var last = t;
            for (var steps = 0; t + 1 < _tokens.Length && steps < 4 && IsWord(t + 1) && !ClauseWords.StartsNoSubject(Word(t + 1))
                                && !ReportingCues.IsVerb(Word(t + 1)) && Word(t + 1) is not ("who" or "which" or "that" or "whose"); steps++)
            {
                t++;
                last = t;
                if (!NameRunScanner.EndsPossessive(_document, t) && !char.IsUpper(Word(t)[0]) && !IsNounModifierFollowed(t))
                    break;
            }
            if (last == start && !Titles.IsLowerCaseRole(word))
                return null;
            // "said the bureau's director, James B. Comey,": the apposed name is the speaker.
            if (last + 2 < _tokens.Length && IsComma(last + 1) && NameRunScanner.IsNameWord(_document, last + 2))
            {
                var nameEnd = last + 2;
                while (nameEnd + 1 < _tokens.Length && nameEnd - last < MaxNameTokens && (NameRunScanner.IsNameWord(_document, nameEnd + 1) || IsNameDot(nameEnd + 1)))
                    nameEnd++;
                if (!IsWord(nameEnd))
                    nameEnd--;
                if (nameEnd + 1 >= _tokens.Length || _tokens[nameEnd + 1].IsPunctuation)
                    return (last + 2, nameEnd);
            }
            return (start, last);
        }
        if (!char.IsUpper(word[0]))
            return null;
        if (NameAfterModifiers(start) is { } described)
            return (start, described);
        var end = t;
        while (end + 1 < _tokens.Length && end - start < MaxNameTokens && _tokens[end + 1].Paragraph == _tokens[start].Paragraph
               && (NameRunScanner.IsNameWord(_document, end + 1) || IsNameDot(end + 1)))
        {
            end++;
            if (NameRunScanner.EndsPossessive(_document, end))
                break;
        }
        if (!IsWord(end))
            end--;
        // "said Trump’s campaign manager Corey Lewandowski": read on past the possessive.
        if (NameRunScanner.EndsPossessive(_document, end))
        {
            var next = end + 1;
            var lower = 0;
            while (next < _tokens.Length && IsWord(next) && char.IsLower(Word(next)[0]) && lower < 3 && !ClauseWords.StartsNoSubject(Word(next))
                   && !ClauseWords.IsClauseOpener(Word(next)) && !ReportingCues.IsVerb(Word(next)))
            {
                next++;
                lower++;
            }
            if (lower > 0)
            {
                end = next - 1;
                while (next < _tokens.Length && next - start < MaxNameTokens && (NameRunScanner.IsNameWord(_document, next) || IsNameDot(next)))
                    end = next++;
                if (!IsWord(end))
                    end--;
            }
        }
        return (start, end);
    }

    // "Republican political consultant Chris Russell", "Monmouth University political scientist Patrick Murray":
    // capitalised words, then lower-case modifiers ending in a role, then the name. Returns the name's last token.
    private int? NameAfterModifiers(int start)
    {
        // Alternating capitalised runs and a few lower-case modifiers ("former Obama adviser David Axelrod"),
        // ending in a name that follows a role word, starts with a given name or holds a title.
        var t = start;
        var lastRunStart = -1;
        var sawLower = false;
        while (t < _tokens.Length && t - start < 2 * MaxNameTokens)
        {
            if (NameRunScanner.IsNameWord(_document, t))
            {
                var runStart = t;
                while (t < _tokens.Length && t - runStart < MaxNameTokens && (NameRunScanner.IsNameWord(_document, t) || IsNameDot(t)))
                {
                    t++;
                    if (NameRunScanner.EndsPossessive(_document, t - 1))
                        break;
                }
                if (sawLower)
                    lastRunStart = runStart;
                if (NameRunScanner.EndsPossessive(_document, t - 1))
                    continue;
                if (t < _tokens.Length && IsWord(t) && char.IsLower(Word(t)[0]) && IsModifier(t))
                    continue;
                break;
            }
            if (!IsWord(t) || !char.IsLower(Word(t)[0]) || !IsModifier(t))
                break;
            sawLower = true;
            t++;
        }
        if (lastRunStart < 1 || !IsWord(lastRunStart - 1))
            return null;
        if (!Titles.IsLowerCaseRole(Word(lastRunStart - 1)) && !GivenNames.Contains(Word(lastRunStart)) && !StartsWithTitledName(lastRunStart))
            return null;
        var end = t - 1;
        if (!IsWord(end))
            end--;
        return end >= lastRunStart ? end : null;
    }

    private bool IsModifier(int t)
    {
        var word = Word(t);
        return !ClauseWords.StartsNoSubject(word) && !ClauseWords.IsClauseOpener(word) && !ReportingCues.IsVerb(word)
               && !ClauseWords.IsDeterminer(word) && word is not ("who" or "whose" or "which" or "is" or "was" or "has" or "had");
    }

    // The appositive between two commas when it is just a name ("John Podesta").
    private (int First, int Last)? AppositiveName(int first, int last)
    {
        if (first > last || !NameRunScanner.IsNameWord(_document, first) || !IsWord(last))
            return null;
        for (var i = first; i <= last; i++)
        {
            if (!NameRunScanner.IsNameWord(_document, i) && !IsNameDot(i))
                return null;
        }
        return (first, last);
    }

    // "Army Lt. Gen. Mick Bednarek": capitalised words that include a title before the name.
    private bool StartsWithTitledName(int t)
    {
        for (var i = t; i < _tokens.Length && i - t < MaxNameTokens && (NameRunScanner.IsNameWord(_document, i) || IsNameDot(i)); i++)
        {
            if (IsWord(i) && Titles.IsTitleWord(Word(i)))
                return true;
        }
        return false;
    }

    // "the ministry’s statement": keep reading while a lower-case word is followed by another word that continues the phrase.
    private bool IsNounModifierFollowed(int t) =>
        t + 1 < _tokens.Length && IsWord(t + 1) && !ClauseWords.StartsNoSubject(Word(t + 1)) && !ReportingCues.IsVerb(Word(t + 1))
        && Word(t) is "press" or "campaign" or "news" or "official" or "top" or "senior" or "former" or "white" or "house";

    public bool IsCueVerb(int t) =>
        IsWord(t) && ((ReportingCues.IsVerb(Word(t)) && !IsNounUse(t)) || (t + 1 < _tokens.Length && IsWord(t + 1) && ReportingCues.IsPhrasal(Word(t), Word(t + 1))));

    // "a snappy retort", "his answer": a verb's base form after a determiner (and an adjective) is a noun.
    private bool IsNounUse(int t)
    {
        var word = Word(t);
        if (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("s", StringComparison.Ordinal)
            || word is "said" or "told" or "wrote" or "read")
            return false;
        if (t >= 1 && IsWord(t - 1) && ClauseWords.IsDeterminer(Word(t - 1)))
            return true;
        return t >= 2 && IsWord(t - 1) && char.IsLower(Word(t - 1)[0]) && IsWord(t - 2) && ClauseWords.IsDeterminer(Word(t - 2));
    }

    /// <summary>The last token of the cue at <paramref name="t"/>: "pointed out" is two.</summary>
    private int CueEnd(int t) =>
        t + 1 < _tokens.Length && IsWord(t + 1) && ReportingCues.IsPhrasal(Word(t), Word(t + 1)) ? t + 1 : t;

    // "WASHINGTON, Dec. 8 (UPI) — Hillary Clinton’s aide rallied …": a dateline's dash opens the sentence proper.
    private int AfterDateline(int start, int end)
    {
        if (start > 0 && _tokens[start - 1].Paragraph == _tokens[start].Paragraph)
            return start;
        for (var t = start; t < end && t - start < 12; t++)
        {
            var c = _document.Text[_tokens[t].Start];
            if (_tokens[t].IsPunctuation && (CharClass.IsDash(c) || c == '-') && _tokens[t].SpaceBefore)
                return t + 1 < end ? t + 1 : start;
        }
        return start;
    }

    // "Continuing to explain his view, Carson rejected …"
    private bool IsOpeningParticiple(int t)
    {
        var word = Word(t);
        return word.Length > 4 && char.IsUpper(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && !GivenNames.Contains(word);
    }

    private bool EndsRightBefore(int last, int openToken) =>
        last + 1 == openToken || (last + 2 == openToken && _document.Text[_tokens[last + 1].Start] is ',' or ':');

    private bool IsAccordingTo(int t) =>
        IsWord(t) && _document.Is(_tokens[t], "according", ignoreCase: true) && t + 1 < _tokens.Length && _document.Is(_tokens[t + 1], "to");

    // "“…,” chief executive Lowell McAdam said", "“…,” White House press secretary Josh Earnest told reporters":
    // an affiliation and role words may precede the name.
    private bool OnlyModifiersBetween(int from, int subjectFirst)
    {
        if (subjectFirst - from > 10)
            return false;
        for (var t = from; t < subjectFirst; t++)
        {
            // "Rep. Duncan Hunter’s chief of staff, Joe Kasper, told": the name in apposition.
            if (IsNameDot(t) || IsComma(t))
                continue;
            if (!IsWord(t) || ClauseWords.IsClauseOpener(Word(t)) || ClauseWords.IsPersonalPronoun(Word(t)) || ReportingCues.IsVerb(Word(t)))
                return false;
        }
        return true;
    }

    private bool EndsAttributionClause(int t)
    {
        if (t >= _tokens.Length)
            return true;
        if (_tokens[t].IsPunctuation)
            return _document.Text[_tokens[t].Start] is '.' or ',' or ';' or '!' or '?';
        var word = Word(t);
        // "“You think I'm going to change?” Trump asked reporters rhetorically."
        if (word is "reporters" or "him" or "her" or "them" or "me" or "us" || (word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0])))
            return true;
        return word is "of" or "in" or "on" or "at" or "after" or "before" or "during" or "while" or "as" or "about"
            or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "today"
            or "yesterday" or "recently" or "later" or "earlier" or "last" or "this";
    }

    private bool EndsSentenceInside(int closeToken)
    {
        var t = closeToken - 1;
        while (t >= 0 && _tokens[t].IsPunctuation && _document.Text[_tokens[t].Start] is '\u2019' or '\'' or ')')
            t--;
        return t >= 0 && _tokens[t].IsPunctuation && _document.Text[_tokens[t].Start] is '.' or '!' or '?' or '\u2026';
    }

    private bool IsLeadPunctuation(int t) => _document.Text[_tokens[t].Start] is ',' or ':' or ';' or '-' || CharClass.IsDash(_document.Text[_tokens[t].Start]);

    private bool IsCloseParenthesis(int t) => _tokens[t].IsPunctuation && _document.Text[_tokens[t].Start] == ')';

    private bool IsOpenParenthesis(int t) => _tokens[t].IsPunctuation && _document.Text[_tokens[t].Start] == '(';

    private bool IsComma(int t) => _tokens[t].IsPunctuation && _document.Text[_tokens[t].Start] == ',';

    private bool IsMark(int t) => _tokens[t].IsPunctuation && QuotationMarks.IsDoubleMark(_document.Text[_tokens[t].Start]);

    private bool IsWord(int t) => _tokens[t].IsWord;

    private string Word(int t) => _document.TextOf(_tokens[t]);

    private bool IsNameDot(int t) =>
        t > 0 && _tokens[t].IsPunctuation && !_tokens[t].SpaceBefore && _document.Text[_tokens[t].Start] == '.'
        && _tokens[t - 1].IsWord && char.IsUpper(_document.Text[_tokens[t - 1].Start])
        && (_tokens[t - 1].Length == 1 || Titles.IsAbbreviated(Word(t - 1)) || Titles.IsHonorific(Word(t - 1)));
}
