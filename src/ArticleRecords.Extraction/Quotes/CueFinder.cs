using System;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Finds the reporting cue of a quotation and the speaker mention at it, within the quotation's
/// own sentence: after the closing mark ("“…,” he said", "“…,” said Sen. Maria Alvarez"), before
/// the opening mark ("Tokayev emphasized that … “…”", "the statement reads: “…”"), or an
/// "according to" phrase anywhere in the sentence.
/// </summary>
internal sealed class CueFinder : TokenReader
{
    private const int MaxTrailingGap = 16;
    private const int MaxLeadingWindow = 45;

    private readonly SpeakerPhrases _phrases;

    public CueFinder(ArticleDocument document)
        : base(document)
    {
        _phrases = new SpeakerPhrases(this);
    }

    public Attribution? After(int closeToken)
    {
        var paragraph = ParagraphOf(closeToken);
        var t = closeToken + 1;
        // “… Charter.” He also said …: a quotation that ends its sentence is followed by a new one,
        // unless the next word is lower-case (“Why?” he asked).
        var endedInside = EndsSentenceInside(closeToken) && !(t < Tokens.Count && IsWord(t) && char.IsLower(FirstChar(t)));
        while (t < Tokens.Count && InParagraph(t, paragraph) && Tokens[t].IsPunctuation && IsLeadPunctuation(t))
            t++;
        var subjectStart = t;
        if (t >= Tokens.Count || !InParagraph(t, paragraph))
            return null;
        if (IsAccordingTo(t))
            return null;
        return TrailingCue(subjectStart, paragraph, endedInside) ?? CueAfterAppositive(subjectStart, endedInside)
               ?? (endedInside ? null : CueEndingSentence(subjectStart));
    }

    // "“We are frustrated” by the shooting and its aftermath, Nefzi said.": the writer's sentence goes on after the
    // quotation and ends in a comma, a subject and its cue.
    private Attribution? CueEndingSentence(int from)
    {
        const int MaxSentence = 60;
        const int MaxClosingClause = 8;
        var paragraph = ParagraphOf(from);
        var end = from;
        while (end < Tokens.Count && end - from < MaxSentence && InParagraph(end, paragraph) && !IsSentenceEnd(end))
        {
            if (IsMark(end))
                return null;
            end++;
        }
        if (end >= Tokens.Count || !InParagraph(end, paragraph) || !IsSentenceEnd(end))
            return null;
        for (var t = end - 1; t > from && end - t <= MaxClosingClause; t--)
        {
            if (IsComma(t))
                return null;
            if (!IsCueVerb(t) || !EndsAttributionClause(CueEnd(t) + 1))
                continue;
            var subject = _phrases.SubjectEndingAt(t - 1, from + 1);
            return subject is { } s && IsComma(s.First - 1) ? new Attribution(t, CueEnd(t), s.First, s.Last) : null;
        }
        return null;
    }

    private Attribution? TrailingCue(int subjectStart, int paragraph, bool endedInside)
    {
        var t = subjectStart;
        for (var gap = 0; t < Tokens.Count && gap < MaxTrailingGap && InParagraph(t, paragraph); t++, gap++)
        {
            if (IsMark(t) || (IsSentenceEnd(t) && t > subjectStart && !IsWord(t)))
                return null;
            if (!IsCueVerb(t))
                continue;
            // After a quotation that ended its sentence, only a short "Name said." clause belongs to it;
            // "He also underlined that …" starts a sentence of its own.
            // "… warned Saturday that …" is a sentence of its own too.
            // “Why are you still endorsing him?” Obama asked Republican politicians.: after a question or exclamation the
            // cue may take an object.
            if (endedInside && ((!EndsAttributionClause(t + 1) && !(SentenceEndInside(subjectStart - 1) is '?' or '!' && TakesObjectAfterQuestion(subjectStart, t)))
                                || (t + 2 < Tokens.Count && IsWord(t + 2) && Is(t + 2, "that"))))
                return null;
            // "“…,” Trump said: “…”": a cue that opens a colon introduces the next quotation.
            if (IntroducesQuotation(CueEnd(t) + 1))
                return null;
            if (t == subjectStart)
            {
                // "“…,” promising the Friends will return": a participle's object is no speaker.
                if (ReportingCues.IsParticiple(Document, Tokens[t]))
                    return null;
                // "“Scandal,” thanked Obama for …": a verb that takes no inverted speaker has its object after it, unless the
                // name ends the clause ("“…,” quipped Trump.").
                return _phrases.MentionAfter(CueEnd(t) + 1) is { } after && !IntroducesQuotation(after.Last + 1)
                       && (ReportingCues.TakesInvertedSpeaker(Document, Tokens[t]) || EndsInvertedClause(after.Last + 1))
                    ? new Attribution(t, CueEnd(t), after.First, after.Last)
                    : null;
            }
            // The speaker follows the mark directly, perhaps after an affiliation and role: not "“…,” though he acknowledged".
            var subject = _phrases.SubjectEndingAt(t - 1, subjectStart);
            // "“…” for Ginsburg to criticize Trump": a name after a preposition is its object, no speaker.
            // "“…,” one of the former prosecutors for David Petraeus said": a name after a preposition is inside a longer subject.
            if (subject is { } s && OnlyModifiersBetween(subjectStart, s.First) && !(s.First > subjectStart && IsObject(s.First, subjectStart)))
                return new Attribution(t, CueEnd(t), s.First, s.Last);
            // "“This will be a challenge” for Clinton, said Kunin."
            if (IsComma(t - 1) && ReportingCues.TakesInvertedSpeaker(Document, Tokens[t]) && _phrases.MentionAfter(CueEnd(t) + 1) is { } inverted)
                return new Attribution(t, CueEnd(t), inverted.First, inverted.Last);
            // "… branded “in homage to” Lazar, Song wrote.": a name after a comma, the cue closing the sentence.
            if (EndsAttributionClause(t + 1) && subject is { } closing && closing.First > subjectStart
                && IsComma(closing.First - 1) && NameRunScanner.IsNameWord(Document, closing.First))
                return new Attribution(t, CueEnd(t), closing.First, closing.Last);
            return null;
        }
        return null;
    }

    // "“…,” Melanne Verveer, who served as chief of staff during the Clinton administration, told CBS News.": a name
    // right after the quotation, an appositive of any length up to its closing comma, and the cue right after that comma.
    // A cue inside the appositive ("who said") is not this one.
    private Attribution? CueAfterAppositive(int subjectStart, bool endedInside)
    {
        const int MaxAppositiveClause = 40;
        if (!NameRunScanner.IsNameWord(Document, subjectStart) || ClauseWords.IsPersonalPronoun(Document, Tokens[subjectStart])
            || ClauseWords.IsSentenceConnector(Document, Tokens[subjectStart]) || NonNames.Contains(Document, Tokens[subjectStart])
            || (endedInside && SentenceEndInside(subjectStart - 1) is not ('!' or '?'))
            || _phrases.MentionAfter(subjectStart) is not { } name || name.Last + 2 >= Tokens.Count || !IsComma(name.Last + 1))
            return null;
        var paragraph = ParagraphOf(subjectStart);
        var insideQuotation = false;
        // "Katie Packer, who is chairman of Our Principles PAC said": a writer may forget the closing comma; then the
        // first cue after a content word, in an appositive that opens with "who" or an article, is the cue.
        var opensClause = IsWord(name.Last + 2) && Word(name.Last + 2) is "who" or "the" or "a" or "an";
        Attribution? unclosed = null;
        for (var t = name.Last + 2; t < Tokens.Count && t - name.Last < MaxAppositiveClause && InParagraph(t, paragraph); t++)
        {
            // A short title in the appositive ("wearing “Ted Cruz” pins") is stepped over.
            if (IsMark(t))
            {
                insideQuotation = !insideQuotation;
                continue;
            }
            if (insideQuotation || !IsWord(t))
            {
                if (IsSentenceEnd(t) && !insideQuotation)
                    break;
                continue;
            }
            if (!IsComma(t - 1) || t - 1 == name.Last + 1 || !(IsCueVerb(t) || ReportingCues.IsCapitalisedVerb(Document, Tokens[t])))
            {
                if (unclosed is null && opensClause && !endedInside && t - 1 > name.Last + 2 && IsWord(t - 1) && IsCueVerb(t))
                {
                    var before = Word(t - 1);
                    if (!ReportingCues.IsAuxiliary(before) && !ClauseWords.IsPersonalPronoun(before) && !ClauseWords.IsClauseOpener(before)
                        && !FiniteVerbs.IsAdverb(before) && !ReportingCues.IsParticiple(Document, Tokens[t]))
                        unclosed = new Attribution(t, CueEnd(t), name.First, name.Last);
                    else
                        opensClause = false;
                }
                if (IsSentenceEnd(t))
                    break;
                continue;
            }
            if (endedInside && (!EndsAttributionClause(t + 1) || (t + 2 < Tokens.Count && IsWord(t + 2) && Is(t + 2, "that"))))
                return null;
            return new Attribution(t, CueEnd(t), name.First, name.Last);
        }
        return unclosed;
    }

    public Attribution? Before(int openToken)
    {
        var windowStart = SentenceWindowStart(openToken);
        // "Pollsters agree - Carl Bialik: “…”": a label right before the quotation comes before any cue further back.
        if (SpeakerLabel(windowStart, openToken) is { } firstLabel)
            return new Attribution(firstLabel.Last + 1, firstLabel.Last + 1, firstLabel.First, firstLabel.Last);
        int? participle = null;
        int? laterCue = null;
        var insideQuotation = false;
        for (var t = openToken - 1; t >= windowStart; t--)
        {
            // The words of a quotation earlier in the sentence are no cue of this one.
            if (IsMark(t))
                insideQuotation = !insideQuotation;
            if (insideQuotation || IsMark(t))
                continue;
            if (IsAccordingTo(t))
                return _phrases.MentionAfter(t + 2) is { } source ? new Attribution(t, t + 1, source.First, source.Last) : null;
            // "Said Dorothy Poynter, who grew up with Ali, “…”": a capitalised cue opening the sentence.
            var opensSentence = t == windowStart && IsWord(t) && ReportingCues.IsCapitalisedVerb(Document, Tokens[t]) && ReportingCues.TakesInvertedSpeaker(Document, Tokens[t]);
            if (!IsCueVerb(t) && !IsTitleCaseCue(t, windowStart) && !opensSentence)
                continue;
            var isParticiple = ReportingCues.IsParticiple(Document, Tokens[t]);
            // "…, citing her “…”": the comma before a participle ends a clause, not an appositive.
            var subject = isParticiple && t > windowStart && IsComma(t - 1) ? null : _phrases.SubjectEndingAt(t - 1, windowStart) ?? ApposedClauseSubject(windowStart, t);
            // "remarks from Ana Ortiz calling for …": a name after a preposition is the participle's, not the sentence's
            // subject; the verb lies further back. ("Analysts at Jefferies said" keeps Jefferies.)
            // "supporters that level sexist attacks, saying …": a relative "that" before lower-case words opens no subject.
            if (subject is { } relative && relative.First < relative.Last && Is(relative.First, "that") && IsWord(relative.First + 1)
                && char.IsLower(FirstChar(relative.First + 1)))
                continue;
            if (subject is { } s && !(isParticiple && (IsObject(s.First, windowStart) || IsVerbObject(s.First, windowStart))))
            {
                if (!IsPassive(t))
                    return new Attribution(t, CueEnd(t), s.First, s.Last);
                // "Trump was asked about it, saying “…”": a participle's subject is the clause's, whatever its verb.
                if (participle is { } saying)
                    return new Attribution(saying, saying, s.First, s.Last);
                // "Sanders was asked by host Bill Maher, “…”": the agent speaks.
                if (AgentAfter(CueEnd(t)) is { } agent)
                    return Attribution.Agent(t, CueEnd(t), agent.First, agent.Last);
                // "Obama is reported to have called them “free riders”": the subject speaks through the later cue.
                if (laterCue is { } later && IsWord(CueEnd(t) + 1) && Is(CueEnd(t) + 1, "to"))
                    return new Attribution(later, CueEnd(later), s.First, s.Last);
                // "Trump was asked, “…”" names nobody who spoke; a clause with a verb of its own after the cue is another's.
                if (!VerbBetween(CueEnd(t) + 1, openToken))
                    return Attribution.Unnamed(t, CueEnd(t));
                continue;
            }
            if (subject is not null)
                continue;
            laterCue ??= t;
            // "…, describing it as a “…”", "telling the crowd, “…”": the participle's subject is the clause's.
            if (isParticiple)
            {
                participle ??= t;
                continue;
            }
            // "Said Trump: “…”" (but the words after "told" name whom it was told to).
            // The inverted speaker must end right at the quotation ("Said Trump: “…”"), or it is the
            // subject of a reported clause ("said Clinton was not the originator of “…”").
            if (ReportingCues.TakesInvertedSpeaker(Document, Tokens[t]) && _phrases.MentionAfter(t + 1) is { } inverted && EndsRightBefore(inverted.Last, openToken))
                return new Attribution(t, CueEnd(t), inverted.First, inverted.Last);
            // A cue with no subject is a noun here ("noted the Sept. 11 attacks, … “…”"): the verb is further back.
            if (!ReportingCues.TakesInvertedSpeaker(Document, Tokens[t]))
                continue;
            return null;
        }
        if (participle is { } p && _phrases.ClauseSubject(windowStart, p) is { } clauseSubject)
            return new Attribution(p, p, clauseSubject.First, clauseSubject.Last);
        return AccordingToAfter(openToken);
    }

    // "was asked", "had been told": a past participle after a form of "be" (adverbs between) is passive; its subject
    // heard the words. "was quoted as saying" is no passive of the speaking.
    private bool IsPassive(int cue)
    {
        if (!(EndsWith(cue, "ed") || Is(cue, "told") || Is(cue, "said") || Is(cue, "written")) || Is(cue, "quoted"))
            return false;
        var t = cue - 1;
        for (var adverbs = 0; t >= 0 && adverbs < 2 && IsWord(t) && FiniteVerbs.IsAdverb(Document, Tokens[t]); adverbs++)
            t--;
        return t >= 0 && t < cue && IsWord(t) && ClauseWords.IsBeForm(Document, Tokens[t]) && SameParagraph(t, cue);
    }

    private bool VerbBetween(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (IsWord(t) && FiniteVerbs.IsVerb(Document, Tokens[t]))
                return true;
        }
        return false;
    }

    // "asked by host Bill Maher", "asked on Monday by a reporter": the agent of a passive cue.
    private (int First, int Last)? AgentAfter(int cueEnd)
    {
        for (var t = cueEnd + 1; t < Tokens.Count && t - cueEnd <= 3 && IsWord(t) && SameParagraph(t, cueEnd); t++)
        {
            if (Is(t, "by"))
                return _phrases.MentionAfter(t + 1);
        }
        return null;
    }

    // "Ramil Carr, 31, a photographer who …, said": the phrase opening the clause and closed by a comma, when the cue
    // follows the comma that ends its appositive, however long or oddly shaped.
    private (int First, int Last)? ApposedClauseSubject(int windowStart, int cue)
    {
        var before = cue - 1;
        while (before > windowStart && IsWord(before) && ReportingCues.IsAuxiliary(Document, Tokens[before]))
            before--;
        if (before <= windowStart || !IsComma(before) || _phrases.ClauseSubject(windowStart, cue) is not { } subject
            || subject.Last + 1 >= before || !IsComma(subject.Last + 1) || !NameRunScanner.IsNameWord(Document, subject.Last))
            return null;
        return subject;
    }

    // Where the writer's sentence holding the opening mark starts, up to a window: a short quotation
    // inside that sentence ("said on ABC’s “This Week” that he would “…”") is stepped over, not a boundary.
    private int SentenceWindowStart(int openToken)
    {
        var paragraph = ParagraphOf(openToken);
        var windowStart = openToken;
        while (windowStart > 0 && openToken - windowStart < MaxLeadingWindow)
        {
            var previous = windowStart - 1;
            if (!InParagraph(previous, paragraph) || IsSentenceEnd(previous))
                break;
            if (IsMark(previous))
            {
                if (OpeningMarkOfShortQuotation(previous, windowStart) is not { } opening)
                    break;
                previous = opening;
            }
            windowStart = previous;
        }
        return windowStart;
    }

    // The opening mark of the quotation closed by the mark at <paramref name="close"/>, when that quotation is a
    // few words inside the same sentence (no sentence end in it) and its marks look like a pair.
    private int? OpeningMarkOfShortQuotation(int close, int windowStart)
    {
        const int MaxQuotedTokens = 12;
        // A quotation ending in a comma ends a clause too: "While Sullivan proclaims it “a terrific piece,” Clinton …".
        if (Tokens[close].SpaceBefore || close == 0)
            return null;
        var paragraph = ParagraphOf(close);
        for (var t = close - 1; t > 0 && close - t <= MaxQuotedTokens && windowStart - t < MaxLeadingWindow; t--)
        {
            if (!InParagraph(t, paragraph) || (IsSentenceEnd(t) && t != close - 1))
                return null;
            if (IsMark(t))
                return t + 1 < close && !Tokens[t + 1].SpaceBefore && t > 0 && !IsSentenceEnd(t - 1) && InParagraph(t - 1, paragraph) ? t : null;
        }
        return null;
    }

    // A transcript's speaker label opening the paragraph: "Rep. Trey Gowdy (R-S.C.): “…”". The cue is the colon.
    private (int First, int Last)? SpeakerLabel(int windowStart, int openToken)
    {
        // "… - Michael P. McDonald: “…”": a label may also follow a dash inside the paragraph.
        for (var t = openToken - 2; t > windowStart && openToken - t < 10; t--)
        {
            if (Tokens[t].IsPunctuation && (CharClass.IsDash(Document.Text[Tokens[t].Start]) || Document.Text[Tokens[t].Start] == '-') && Tokens[t].SpaceBefore)
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
        if (colon <= windowStart || Document.Text[Tokens[colon].Start] != ':' || !SameParagraph(windowStart, openToken)
            || (requireParagraphStart && windowStart > 0 && SameParagraph(windowStart - 1, windowStart)))
            return null;
        var last = colon - 1;
        if (IsCloseParenthesis(last))
        {
            while (last > windowStart && !IsOpenParenthesis(last))
                last--;
            last--;
        }
        if (last < windowStart || !NameRunScanner.IsNameWord(Document, last))
            return null;
        for (var t = windowStart; t <= last; t++)
        {
            if (!(NameRunScanner.IsNameWord(Document, t) || IsNameDot(t) || (IsWord(t) && char.IsLower(FirstChar(t)) && Titles.IsLowerCaseRole(Document, Tokens[t]))))
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
        if (colon < 1 || SameParagraph(colon, openToken) || Document.Text[Tokens[colon].Start] != ':')
            return null;
        var paragraph = ParagraphOf(colon);
        var windowStart = colon;
        while (windowStart > 0 && colon - windowStart < MaxLeadingWindow && InParagraph(windowStart - 1, paragraph)
               && !IsSentenceEnd(windowStart - 1) && !IsMark(windowStart - 1))
            windowStart--;
        for (var t = colon - 1; t >= windowStart; t--)
        {
            if (t == windowStart && IsWord(t) && ReportingCues.IsCapitalisedVerb(Document, Tokens[t]) && _phrases.MentionAfter(t + 1) is { } opened && opened.Last < colon)
                return new Attribution(t, CueEnd(t), opened.First, opened.Last);
            if (!IsCueVerb(t))
                continue;
            if (_phrases.SubjectEndingAt(t - 1, windowStart) is { } subject)
                return new Attribution(t, CueEnd(t), subject.First, subject.Last);
            if (_phrases.ClauseSubject(windowStart, t) is { } clause)
                return new Attribution(t, CueEnd(t), clause.First, clause.Last);
            if (ReportingCues.TakesInvertedSpeaker(Document, Tokens[t]) && _phrases.MentionAfter(t + 1) is { } inverted && inverted.Last < colon)
                return new Attribution(t, CueEnd(t), inverted.First, inverted.Last);
        }
        if (SpeakerLabel(windowStart, colon + 1) is { } label)
            return new Attribution(colon, colon, label.First, label.Last);
        return null;
    }

    /// <summary>"“…,” according to Judicial Watch.": the source right after the quotation, however long the quotation.</summary>
    public Attribution? AccordingToRightAfter(int closeToken)
    {
        var t = closeToken + 1;
        while (t < Tokens.Count && SameParagraph(t, closeToken) && Tokens[t].IsPunctuation && IsLeadPunctuation(t))
            t++;
        if (t + 1 >= Tokens.Count || !SameParagraph(t, closeToken) || !IsAccordingTo(t))
            return null;
        return _phrases.MentionAfter(t + 2) is { } source ? new Attribution(t, t + 1, source.First, source.Last) : null;
    }

    /// <summary>
    /// A quotation paragraph signed in the next one: "“…”" then "- Bernie Sanders." or "—President Obama, tweeting after
    /// the speech." The cue is the dash.
    /// </summary>
    public Attribution? SignedAfter(int closeToken)
    {
        const int MaxSignature = 16;
        var dash = closeToken + 1;
        if (dash + 1 >= Tokens.Count || !InParagraph(dash, ParagraphOf(closeToken) + 1) || !Tokens[dash].IsPunctuation
            || !(CharClass.IsDash(Document.Text[Tokens[dash].Start]) || Document.Text[Tokens[dash].Start] == '-')
            || !NameRunScanner.IsNameWord(Document, dash + 1) || _phrases.MentionAfter(dash + 1) is not { } name)
            return null;
        var end = name.Last + 1;
        if (end >= Tokens.Count || !SameParagraph(end, dash))
            return new Attribution(dash, dash, name.First, name.Last);
        if (!Tokens[end].IsPunctuation || Document.Text[Tokens[end].Start] is not ('.' or ','))
            return null;
        var paragraphEnd = end;
        var paragraph = ParagraphOf(dash);
        while (InParagraph(paragraphEnd + 1, paragraph))
        {
            if (++paragraphEnd - dash > MaxSignature)
                return null;
        }
        return new Attribution(dash, dash, name.First, name.Last);
    }

    /// <summary>
    /// The phrase that opens the writer's sentence holding the quotation, when the sentence starts
    /// before the opening mark: "Merkel heralded the deal as a “breakthrough.”" (any verb, no cue).
    /// </summary>
    public (int First, int Last)? SentenceSubjectBefore(int openToken)
    {
        var paragraph = ParagraphOf(openToken);
        var start = openToken;
        while (start > 0 && openToken - start < MaxLeadingWindow && InParagraph(start - 1, paragraph)
               && !IsSentenceEnd(start - 1) && !IsMark(start - 1))
            start--;
        if (start == openToken || (start > 0 && InParagraph(start - 1, paragraph) && !IsSentenceEnd(start - 1)))
            return null;
        return _phrases.ClauseSubject(start, openToken);
    }

    /// <summary>
    /// "Clinton has increasingly decried the issue of “systemic racism”", "Speaking on Monday, which …, Bush referred to Rubio
    /// as “…”": the nearest name before the quotation in its sentence that a verb follows, not the object of a preposition
    /// nor a modifier after a determiner ("a Trump supporter"). For a quotation no cue attributes.
    /// </summary>
    public (int First, int Last)? NamedSubjectBefore(int openToken)
    {
        const int MaxSentenceWindow = 60;
        var paragraph = ParagraphOf(openToken);
        var start = openToken;
        while (start > 0 && openToken - start < MaxSentenceWindow && InParagraph(start - 1, paragraph) && !IsSentenceEnd(start - 1))
            start--;
        var insideQuotation = false;
        for (var t = openToken - 2; t >= start; t--)
        {
            if (IsMark(t))
                insideQuotation = !insideQuotation;
            if (insideQuotation || IsMark(t) || !NameRunScanner.IsNameWord(Document, t) || NameRunScanner.EndsPossessive(Document, t)
                || NameRunScanner.IsNameWord(Document, t + 1) || IsNameDot(t + 1) || !VerbFollows(t + 1, openToken))
                continue;
            // The name's words, back to a capitalised sentence word ("While Clinton").
            var first = t;
            while (first - 1 >= start && (IsNameDot(first - 1) || (NameRunScanner.IsNameWord(Document, first - 1)
                                                                   && !NonNames.Contains(Document, Tokens[first - 1]) && !ClauseWords.IsSentenceConnector(Document, Tokens[first - 1]))))
                first--;
            var before = first - 1 >= start && IsWord(first - 1) ? Word(first - 1) : "";
            // "the NRA was …" is a subject, "a Trump supporter", "by Cruz" are not.
            // "what Obama has done" is an object clause.
            if (before.Length > 0 && char.IsLower(before[0]) && ((!ClauseWords.IsClauseOpener(before) && before != "the") || before == "what"))
                continue;
            // "Asked if Sanders is “…”", "The ad concludes that Trump is “…”": the subject of an embedded question or of a
            // clause reported by a cue is what was asked or said about, not who spoke.
            if (before is "if" or "whether" || (before == "that" && first - 2 >= start && IsCueVerb(first - 2)))
                continue;
            // "While Clinton has condemned it, the groups say they are “…”": a subordinate clause's subject, when the clause
            // has ended before the quotation, is not the main clause's.
            if (IsSubordinator(before) && CommaBetween(t, openToken))
                continue;
            return (first, t);
        }
        return null;
    }

    private static bool IsSubordinator(string word) =>
        word is "while" or "While" or "as" or "As" or "when" or "When" or "if" or "If" or "although" or "Although" or "though" or "Though"
            or "because" or "Because" or "after" or "After" or "before" or "Before" or "since" or "Since" or "once" or "Once";

    private bool CommaBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (IsComma(t))
                return true;
        }
        return false;
    }

    private bool VerbFollows(int t, int openToken)
    {
        for (var adverbs = 0; t < openToken && IsWord(t) && adverbs < 2 && FiniteVerbs.IsAdverb(Document, Tokens[t]); adverbs++)
            t++;
        return t < openToken && IsWord(t) && FiniteVerbs.IsVerb(Document, Tokens[t]);
    }

    /// <summary>
    /// "Kasich resisted: “…”": a quotation after a colon in the writer's sentence is the words of
    /// the phrase that opens that sentence.
    /// </summary>
    public (int First, int Last)? SubjectBeforeColon(int openToken)
    {
        var colon = openToken - 1;
        if (colon < 1 || !SameParagraph(colon, openToken) || Document.Text[Tokens[colon].Start] != ':')
            return null;
        var start = colon;
        var paragraph = ParagraphOf(colon);
        while (start > 0 && colon - start < MaxLeadingWindow && InParagraph(start - 1, paragraph)
               && !IsSentenceEnd(start - 1) && !IsMark(start - 1))
            start--;
        return start < colon ? _phrases.ClauseSubject(start, colon) : null;
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
        while (t < openToken && IsWord(t) && (ReportingCues.IsAuxiliary(Document, Tokens[t]) || ClauseWords.IsTimeAdverb(Document, Tokens[t])))
            t++;
        return t < openToken && IsCueVerb(t) ? new Attribution(t, CueEnd(t), subject.First, subject.Last) : null;
    }

    /// <summary>The phrase that opens sentence <paramref name="sentence"/>, when it names someone or is a pronoun.</summary>
    public (int First, int Last)? SubjectOfSentence(int sentence)
    {
        if (sentence < 0 || sentence >= Document.Sentences.Length)
            return null;
        var first = Document.FirstTokenOfSentence(sentence);
        var end = Math.Min(Document.EndTokenOfSentence(sentence), first + MaxLeadingWindow);
        if (first >= end || IsMark(first))
            return null;
        return _phrases.ClauseSubject(first, end);
    }

    /// <summary>Whether a subject phrase ends in a document ("A 2014 House Intelligence Committee report").</summary>
    public bool EndsInDocument(int last) => IsWord(last) && ClauseWords.IsDocumentNoun(Document, Tokens[last]);

    /// <summary>Whether the verb after a subject (auxiliaries and adverbs between) makes findings or documents public: "Pew found".</summary>
    public bool PublishingVerbAfter(int last)
    {
        var t = last + 1;
        for (var skipped = 0; t < Tokens.Count && skipped < 2 && IsWord(t) && (ReportingCues.IsAuxiliary(Document, Tokens[t]) || FiniteVerbs.IsAdverb(Document, Tokens[t])); skipped++)
            t++;
        return t < Tokens.Count && IsWord(t) && ClauseWords.IsPublishingVerb(Document, Tokens[t]);
    }

    /// <summary>"…, Sabato said.": the speaker of a cue that closes sentence <paramref name="sentence"/> after a comma.</summary>
    public (int First, int Last)? ClosingCueSubject(int sentence)
    {
        if (sentence < 0 || sentence >= Document.Sentences.Length)
            return null;
        var first = Document.FirstTokenOfSentence(sentence);
        return first < Tokens.Count && CueEndingSentence(first) is { } closing ? (closing.MentionFirst, closing.MentionLast) : null;
    }

    /// <summary>The phrase that opens the sentence ending just before <paramref name="openToken"/>, when it names someone.</summary>
    public (int First, int Last)? PreviousSentenceSubject(int openToken)
    {
        var end = openToken - 1;
        if (end < 0 || !IsSentenceEnd(end) && !(end >= 0 && !SameParagraph(end, openToken)))
            return null;
        var start = end;
        var paragraph = ParagraphOf(end);
        while (start > 0 && end - start < 60 && !IsSentenceEnd(start - 1) && InParagraph(start - 1, paragraph))
            start--;
        if (IsMark(start))
            return null;
        return _phrases.ClauseSubject(start, end);
    }

    private Attribution? AccordingToAfter(int openToken)
    {
        var paragraph = ParagraphOf(openToken);
        for (var t = openToken + 1; t + 1 < Tokens.Count && InParagraph(t, paragraph) && t - openToken < 60; t++)
        {
            if (IsAccordingTo(t))
                return _phrases.MentionAfter(t + 2) is { } source ? new Attribution(t, t + 1, source.First, source.Last) : null;
            if (IsSentenceEnd(t) && !IsInsideQuotation(t))
                return null;
        }
        return null;
    }

    // Sentence ends inside a quotation do not end the writer's sentence; a crude check that
    // suffices for "according to" after a quotation: the next token is not a closing mark.
    private bool IsInsideQuotation(int t) => t + 1 < Tokens.Count && IsMark(t + 1);

    // "Maria Lopez Explained Why She Felt “Invisible”": a subhead in title case capitalises its cue too. The
    // verb must stand between capitalised words, after the subject's name.
    private bool IsTitleCaseCue(int t, int windowStart) =>
        t > windowStart && t + 1 < Tokens.Count && IsWord(t) && char.IsUpper(Document.Text[Tokens[t].Start])
        && IsWord(t + 1) && char.IsUpper(Document.Text[Tokens[t + 1].Start]) && NameRunScanner.IsNameWord(Document, t - 1)
        && ReportingCues.IsCapitalisedVerb(Document, Tokens[t]);

    private bool IsObject(int subjectFirst, int windowStart) =>
        subjectFirst > windowStart && IsWord(subjectFirst - 1) && ClauseWords.IsPreposition(Document, Tokens[subjectFirst - 1])
        && Word(subjectFirst - 1) is not ("as" or "by" or "with");

    // "Trump issued a statement saying …", "Sanders started their debate saying …": a description right after a verb is
    // its object; the participle's subject is the clause's.
    private bool IsVerbObject(int subjectFirst, int windowStart)
    {
        if (subjectFirst <= windowStart || !IsWord(subjectFirst) || !ClauseWords.IsDeterminer(Document, Tokens[subjectFirst]) || !IsWord(subjectFirst - 1))
            return false;
        var before = Word(subjectFirst - 1);
        return char.IsLower(before[0]) && !ClauseWords.IsClauseOpener(before) && !ClauseWords.IsPreposition(before) && FiniteVerbs.IsVerb(before);
    }

    // "Said Trump: “…”", and "Said Dorothy Poynter, who grew up with Ali, “…”": an appositive between commas may follow the name.
    private bool EndsRightBefore(int last, int openToken)
    {
        if (last + 1 == openToken || (last + 2 == openToken && Document.Text[Tokens[last + 1].Start] is ',' or ':'))
            return true;
        if (!IsComma(last + 1) || openToken - last > MaxLeadingWindow || !(IsComma(openToken - 1) || Document.Text[Tokens[openToken - 1].Start] == ':'))
            return false;
        for (var t = last + 2; t < openToken - 1; t++)
        {
            if (IsMark(t) || IsSentenceEnd(t))
                return false;
        }
        return true;
    }

    private bool IntroducesQuotation(int t) =>
        t + 1 < Tokens.Count && Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] == ':' && IsMark(t + 1)
        && SameParagraph(t + 1, t);

    // Whether "Obama asked Republican politicians" right after a question is its cue: a name (not "She", "Her critics",
    // which open a sentence of their own) and its cue, which introduces no quotation of its own ("writes back, “…”").
    private bool TakesObjectAfterQuestion(int subjectStart, int cue)
    {
        if (cue - subjectStart > 4 || !NameRunScanner.IsNameWord(Document, subjectStart) || NonNames.Contains(Document, Tokens[subjectStart]))
            return false;
        for (var t = CueEnd(cue) + 1; t < Tokens.Count && t - cue <= 4; t++)
        {
            if (IsMark(t) || IsSentenceEnd(t) || (IsWord(t) && Is(t, "that")))
                return !IsMark(t);
        }
        return true;
    }

    private bool IsAccordingTo(int t) =>
        IsWord(t) && Document.Is(Tokens[t], "according", ignoreCase: true) && t + 1 < Tokens.Count && Document.Is(Tokens[t + 1], "to");

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
            // "Fight for $15 organizing director Kendall Fells told": a figure inside an organisation's name.
            if (Tokens[t].IsNumber || (Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] is '$' or '&'))
                continue;
            if (!IsWord(t) || ClauseWords.IsClauseOpener(Document, Tokens[t]) || ClauseWords.IsPersonalPronoun(Document, Tokens[t]) || ReportingCues.IsVerb(Document, Tokens[t]))
                return false;
        }
        return true;
    }

    // "beamed Donald Hartley of Madison", "quipped Trump.", but not "thanked Obama for …".
    private bool EndsInvertedClause(int t) =>
        t >= Tokens.Count || !SameParagraph(t, t - 1) || (Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] is '.' or ',' or ';' or '!' or '?')
        || (IsWord(t) && Word(t) is "of" or "from" or "at" or "in" or "who");

    private bool EndsAttributionClause(int t)
    {
        if (t >= Tokens.Count)
            return true;
        if (Tokens[t].IsPunctuation)
            return Document.Text[Tokens[t].Start] is '.' or ',' or ';' or '!' or '?';
        var word = Word(t);
        // "“You think I'm going to change?” Trump asked reporters rhetorically."
        if (word is "reporters" or "him" or "her" or "them" or "me" or "us" || (word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0])))
            return true;
        return word is "of" or "in" or "on" or "at" or "after" or "before" or "during" or "while" or "as" or "about"
            or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "today"
            or "yesterday" or "recently" or "later" or "earlier" or "last" or "this";
    }

    private bool EndsSentenceInside(int closeToken) => SentenceEndInside(closeToken) != '\0';

    /// <summary>
    /// Whether the quotation closed at <paramref name="closeToken"/> ends its sentence with a full stop, question or exclamation
    /// mark inside, and no lower-case word goes on with it (“Why?” asked Dunn).
    /// </summary>
    public bool EndsItsSentence(int closeToken) =>
        EndsSentenceInside(closeToken) && !(closeToken + 1 < Tokens.Count && IsWord(closeToken + 1) && char.IsLower(FirstChar(closeToken + 1)));

    // The full stop, question or exclamation mark that ends the quotation closed at <paramref name="closeToken"/>, or '\0'.
    private char SentenceEndInside(int closeToken)
    {
        while (closeToken > 0 && !IsMark(closeToken) && Tokens[closeToken].IsPunctuation && IsLeadPunctuation(closeToken))
            closeToken--;
        var t = closeToken - 1;
        while (t >= 0 && Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] is '\u2019' or '\'' or ')')
            t--;
        return t >= 0 && Tokens[t].IsPunctuation && Document.Text[Tokens[t].Start] is '.' or '!' or '?' or '\u2026' ? Document.Text[Tokens[t].Start] : '\0';
    }
}
