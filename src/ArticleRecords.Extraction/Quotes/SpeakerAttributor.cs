using System.Collections.Generic;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Decides who said each quotation, in article order, trying these rules in turn:
/// <list type="number">
/// <item>a cue of its own in its sentence (<see cref="CueFinder"/>), a paragraph ending in a colon before it, or a
/// signature line after it ("- Bernie Sanders.");</item>
/// <item>the phrase opening its sentence when a colon introduces it ("Kasich resisted: “…”");</item>
/// <item>the attribution of the quotation before it in the same sentence ("was made “A” and is “B”"), or,
/// for a full quotation, of the quotation in the sentence just before;</item>
/// <item>the named person the writer's sentence is about ("Merkel heralded the deal as a “breakthrough.”");</item>
/// <item>for a fragment, the cue closing its sentence after a later quotation ("The “opt out” movement is about “…,” Wilcox
/// said."), or the speaker of the quotation in the sentence just before when its own sentence names nobody ("…,” Trump said.
/// Instead, “he just acts …”");</item>
/// <item>for a full quotation, the speaker and cue opening the sentence before ("Valastro praised …"), or the
/// named person that sentence is about ("Priebus rejected that idea.");</item>
/// <item>for a full quotation, the last speaker of its paragraph or the one before.</item>
/// </list>
/// Titles of works and names in quotation marks get no speaker.
/// </summary>
internal sealed class SpeakerAttributor
{
    private readonly ArticleDocument _document;
    private readonly CueFinder _cues;
    private readonly SpeakerResolver _resolver;
    private QuoteSpeaker _previous;
    private bool _hasPrevious;
    private int _previousSentence = -1;
    private int _previousParagraph = -1;
    private int _previousClose = -1;
    private bool _previousHadCue;

    public SpeakerAttributor(ArticleDocument document, CueFinder cues, SpeakerResolver resolver)
    {
        _document = document;
        _cues = cues;
        _resolver = resolver;
    }

    public QuoteSpeaker Attribute(List<QuotedPassage> passages, int index, string text, bool partial)
    {
        var passage = passages[index];
        if (partial ? TitleText.IsTitle(text) : TitleText.IsStandaloneTitle(text))
            return QuoteSpeaker.Nobody;

        _resolver.Quotation(passage.OpenMark, passage.CloseMark);
        var openToken = _document.TokenIndexAtOrAfter(passage.OpenMark);
        var closeToken = _document.TokenIndexAtOrAfter(passage.CloseMark);
        var sentence = _document.SentenceOf(passage.OpenMark);
        var byAgent = false;
        var attributionLast = -1;
        var ownCue = Labelled(openToken) ?? OwnCue(openToken, closeToken, partial, out byAgent, out attributionLast);
        var result = ownCue
                     ?? Named(_cues.SubjectBeforeColon(openToken))
                     ?? SameOrPreviousSentence(sentence, passage, partial, openToken)
                     ?? Named(_cues.SentenceSubjectBefore(openToken), organisations: true)
                     ?? PersonNamed(_cues.NamedSubjectBefore(openToken))
                     ?? (partial ? CueClosingSentence(passages, index, sentence) : null)
                     ?? (partial ? FragmentAfterSpeech(sentence, passage, openToken) : null)
                     ?? (partial ? null : SpeechBefore(openToken))
                     ?? (partial ? null : PersonNamed(_cues.PreviousSentenceSubject(openToken)))
                     ?? (partial ? null : LastSpeakerNearby(passage))
                     ?? QuoteSpeaker.Nobody;

        if (result.Speaker is { } speaker && !byAgent)
            _resolver.Spoke(speaker, AttributionEnd(passage.CloseMark, System.Math.Max(closeToken, attributionLast)), _resolver.CanBePerson(speaker));
        // A scare quote in the writer's own words ("What “go after them” means …") does not break the run of one speaker's quotations.
        if (result.Speaker is not null || (_previousSentence != sentence && !partial))
        {
            _previous = result;
            _hasPrevious = true;
            _previousSentence = _document.SentenceOf(passage.CloseMark);
            _previousParagraph = passage.LastParagraph;
            _previousClose = passage.CloseMark;
            _previousHadCue = ownCue is { Speaker: not null };
        }
        return result;
    }

    // "“CLINTON: I feel …": a transcript paragraph's label names its speaker (the colon is the cue).
    private QuoteSpeaker? Labelled(int openToken)
    {
        if (openToken + 1 >= _document.Tokens.Count || !_document.Tokens[openToken].LineBreakBefore
            || TranscriptLabels.LabelLast(_document, openToken + 1) is not (>= 0 and var last))
            return null;
        var speaker = TranscriptLabels.NamesSpeaker(_document, openToken + 1, last) ? _resolver.ResolveLabel(openToken + 1, last) : null;
        return new QuoteSpeaker(speaker, Span(openToken + 1, last), Span(last + 1, last + 1));
    }

    private QuoteSpeaker? OwnCue(int openToken, int closeToken, bool partial, out bool byAgent, out int attributionLast)
    {
        byAgent = false;
        attributionLast = -1;
        var attribution = TrailingUnlessSentenceEnded(openToken, closeToken, partial) ?? _cues.Before(openToken)
                          ?? (partial ? null : _cues.IntroducedBefore(openToken) ?? _cues.SignedAfter(closeToken))
                          ?? _cues.AccordingToRightAfter(closeToken);
        if (attribution is not { } found)
            return null;
        if (found.NamesNobody)
            return new QuoteSpeaker(null, null, Span(found.CueFirst, found.CueLast));
        byAgent = found.ByAgent;
        attributionLast = System.Math.Max(found.CueLast, found.MentionLast);
        return new QuoteSpeaker(
            _resolver.Resolve(found.MentionFirst, found.MentionLast),
            Span(found.MentionFirst, found.MentionLast),
            Span(found.CueFirst, found.CueLast));
    }

    // "Madigan asserted that “trust … is broken.” Clinton said Wednesday she …": a fragment that ends the writer's sentence
    // belongs to the cue before it in that sentence, not to one opening the next.
    private Attribution? TrailingUnlessSentenceEnded(int openToken, int closeToken, bool partial)
    {
        var after = _cues.After(closeToken);
        if (after is null || !partial || !_cues.EndsItsSentence(closeToken))
            return after;
        // A description the article does not resolve ("the Democratic presidential candidate stated") leaves the trailing cue.
        return _cues.Before(openToken) is { NamesNobody: false } before && _resolver.Resolve(before.MentionFirst, before.MentionLast) is not null ? null : after;
    }

    private QuoteSpeaker? SameOrPreviousSentence(int sentence, QuotedPassage passage, bool partial, int openToken)
    {
        if (!_hasPrevious)
            return null;
        // "When Trump wrapped up — “…”", "While Sullivan proclaims it “a terrific piece,” Clinton fixates on the “pivot” line":
        // a person named as subject since the last quotation, before this one, is this one's; in the same sentence only after
        // a clause's comma ("Brooks stated that it was “…” and Rubio was hurt by “…”" goes on reporting Brooks).
        if (_cues.NamedSubjectBefore(openToken) is { } subject && _document.Tokens[subject.First].Start > _previousClose
            && (_previousSentence != sentence || AfterComma(subject.First))
            && _resolver.Resolve(subject.First, subject.Last) is { } named && _resolver.IsPersonName(named))
            return null;
        if (_previousSentence == sentence)
            return _previous;
        var adjacent = _previousSentence == sentence - 1 && passage.Paragraph - _previousParagraph <= 1;
        return !partial && adjacent && _previous.Speaker is not null ? _previous : null;
    }

    // "“…,” said Harvey, who backs Ted Cruz.", "McConnell said it was “wrong” for Ginsburg to criticize Trump.": people named
    // in the rest of the speaker's sentence do not take a later "he" from the speaker, unless one opens a clause of their own
    // after a comma ("When Maddow asked about “…,” Clinton seized on it.").
    private int AttributionEnd(int closeMark, int from)
    {
        var sentence = _document.SentenceOf(closeMark);
        if (sentence < 0)
            return closeMark;
        var end = _document.Sentences[sentence].Start + _document.Sentences[sentence].Length;
        var tokens = _document.Tokens;
        for (var t = from + 1; t + 1 < tokens.Count && tokens[t].Start < end; t++)
        {
            if (AfterComma(t) && NameRunScanner.IsNameWord(_document, t) && !NonNames.Contains(_document, tokens[t]) && OpensClause(t))
                return closeMark;
        }
        return System.Math.Max(closeMark, end);
    }

    // A name whose run a verb follows: "Clinton seized", "Gov. Jerry Brown then endorsed".
    private bool OpensClause(int first)
    {
        var tokens = _document.Tokens;
        var t = first;
        while (t + 1 < tokens.Count && (NameRunScanner.IsNameWord(_document, t + 1) || (tokens[t + 1].IsPunctuation && _document.Text[tokens[t + 1].Start] == '.' && !tokens[t + 1].SpaceBefore)))
            t++;
        t++;
        if (t < tokens.Count && tokens[t].IsWord && FiniteVerbs.IsAdverb(_document, tokens[t]))
            t++;
        return t < tokens.Count && tokens[t].IsWord && FiniteVerbs.IsVerb(_document, tokens[t]);
    }

    private bool AfterComma(int t)
    {
        var tokens = _document.Tokens;
        var before = t - 1;
        if (before >= 0 && tokens[before].IsPunctuation && QuotationMarks.IsDoubleMark(_document.Text[tokens[before].Start]))
            before--;
        return before >= 0 && tokens[before].IsPunctuation && _document.Text[tokens[before].Start] == ',';
    }

    // "The “opt out” movement is about “people telling leaders no,” Wilcox said.": the cue that closes the sentence after a
    // later quotation reports the whole sentence, this earlier fragment too.
    private QuoteSpeaker? CueClosingSentence(List<QuotedPassage> passages, int index, int sentence)
    {
        for (var next = index + 1; next < passages.Count && _document.SentenceOf(passages[next].OpenMark) == sentence; next++)
        {
            // "the “Avatar” star posted this: “…,” she wrote.": a colon ends what the later cue reports.
            if (_document.SentenceOf(passages[next].CloseMark) != sentence || ColonBetween(passages[next - 1].CloseMark, passages[next].OpenMark))
                return null;
            if (_cues.After(_document.TokenIndexAtOrAfter(passages[next].CloseMark)) is not { } found)
                continue;
            if (found.NamesNobody || _resolver.Resolve(found.MentionFirst, found.MentionLast) is not { } speaker)
                return null;
            return new QuoteSpeaker(speaker, Span(found.MentionFirst, found.MentionLast), Span(found.CueFirst, found.CueLast));
        }
        return null;
    }

    // "“He’s supposed to be a cheerleader,” Trump said. Instead, “he just acts like a defeated man.”": a fragment in the
    // sentence right after a quotation its cue attributed, in the same paragraph, goes on with that speaker's words when
    // nobody else is named, and no cue stands, before it in its sentence.
    private QuoteSpeaker? FragmentAfterSpeech(int sentence, QuotedPassage passage, int openToken)
    {
        if (!_hasPrevious || !_previousHadCue || _previous.Speaker is null || _previousSentence != sentence - 1
            || passage.Paragraph != _previousParagraph)
            return null;
        var tokens = _document.Tokens;
        var start = _document.Sentences[sentence].Start;
        for (var t = openToken - 1; t >= 0 && tokens[t].Start >= start; t--)
        {
            // "The campaign’s statement then declares “…”": a cue of the sentence's own reports someone else.
            if (tokens[t].IsWord && ((tokens[t].Start > start && NameRunScanner.IsNameWord(_document, t)) || ReportingCues.IsVerb(_document, tokens[t])))
                return null;
        }
        return _previous;
    }

    private bool ColonBetween(int from, int to)
    {
        var text = _document.Text;
        for (var i = from + 1; i < to; i++)
        {
            if (text[i] == ':')
                return true;
        }
        return false;
    }

    private QuoteSpeaker? SpeechBefore(int openToken)
    {
        if (_cues.PreviousSentenceCue(openToken) is not { } found || _resolver.Resolve(found.MentionFirst, found.MentionLast) is not { } speaker)
            return null;
        return new QuoteSpeaker(speaker, Span(found.MentionFirst, found.MentionLast), Span(found.CueFirst, found.CueLast));
    }

    // The last speaker, within the next paragraph; or a paragraph further for a paragraph that is all quotation, when that
    // speaker's quotation had a cue of its own and nobody else has been named since.
    private QuoteSpeaker? LastSpeakerNearby(QuotedPassage passage)
    {
        const int MaxQuietParagraphs = 2;
        if (!_hasPrevious || _previous.Speaker is not { } speaker)
            return null;
        var distance = passage.Paragraph - _previousParagraph;
        return distance <= 1
               || (distance <= MaxQuietParagraphs && _previousHadCue && IsWholeParagraph(passage)
                   && !_resolver.OtherPersonNamedBetween(speaker, _previousClose, passage.OpenMark))
            ? _previous
            : null;
    }

    private bool IsWholeParagraph(QuotedPassage passage)
    {
        var first = _document.Paragraphs[passage.Paragraph];
        var last = _document.Paragraphs[passage.LastParagraph];
        return passage.OpenMark == first.Start && passage.CloseMark + 1 >= last.Start + last.Length - 1;
    }

    private QuoteSpeaker? Named((int First, int Last)? subject)
    {
        if (subject is not { } phrase || _resolver.Resolve(phrase.First, phrase.Last) is not { } speaker)
            return null;
        return new QuoteSpeaker(speaker, Span(phrase.First, phrase.Last), null);
    }

    // A subject phrase that resolves to a person the article names, or to an organisation that publishes its findings or its
    // documents' words ("Pew found that …", "A 2014 House Intelligence Committee report said …", "The DNC released a statement").
    private QuoteSpeaker? Named((int First, int Last)? subject, bool organisations)
    {
        if (subject is not { } phrase || _resolver.Resolve(phrase.First, phrase.Last) is not { } speaker)
            return null;
        if (!_resolver.IsPersonName(speaker)
            && !(organisations && _resolver.IsOrganizationName(speaker) && (_cues.EndsInDocument(phrase.Last) || _cues.PublishingVerbAfter(phrase.Last))))
            return null;
        return new QuoteSpeaker(speaker, Span(phrase.First, phrase.Last), null);
    }

    // A subject phrase counts only when it resolves to a person the article names.
    private QuoteSpeaker? PersonNamed((int First, int Last)? subject) => Named(subject, organisations: false);

    private string Span(int first, int last) =>
        _document.TextBetween(_document.Tokens[first].Start, _document.Tokens[last].End);
}
