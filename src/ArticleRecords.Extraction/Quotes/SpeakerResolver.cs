using System.Collections.Generic;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Turns a speaker mention into the fullest name it refers to: a name ("Trump", "Mr. Trump") to the
/// person or organisation the article names in full; "he"/"she" to the last speaker, the person the
/// nearby sentences are about, or the last person named, whichever fits the pronoun's gender first;
/// a description ("the senator", "the ministry") to the most recent entity it fits; a document
/// ("the statement", "the ministry’s statement") to its owner. Null when nothing fits: a wrong
/// speaker is worse than none.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly ArticleDocument _document;
    private readonly EntityMentions _entities;
    private readonly CueFinder _cues;
    private readonly List<string> _phraseWords = new();
    private string? _lastDocumentOwner;
    private string? _lastPersonSpeaker;
    private int _lastPersonSpeakerAt = -1;
    private int _quotationOpen = -1;
    private int _quotationClose = -1;
    private HashSet<string>? _coordinated;
    private HashSet<string>? _coordinatedPeople;

    public SpeakerResolver(ArticleDocument document, EntityMentions entities, CueFinder cues)
    {
        _document = document;
        _entities = entities;
        _cues = cues;
    }

    public string? Resolve(int first, int last)
    {
        var tokens = _document.Tokens;
        var at = tokens[first].Start;
        if (CoordinatedSpeakers(first, last, at) is { } both)
            return both;
        var speaker = ResolvePhrase(first, last, at);
        if (speaker is not null && IsDocumentPhrase(last))
            _lastDocumentOwner = speaker;
        return speaker;
    }

    /// <summary>
    /// A transcript label in capitals ("CLINTON", "JAKE TAPPER"): the person or organisation the article names so, else the
    /// label's words as a name ("Ramos").
    /// </summary>
    public string? ResolveLabel(int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (var t = first; t <= last; t++)
        {
            if (!_document.Tokens[t].IsWord)
                continue;
            var word = Word(t);
            words.Add(word.Length > 1 ? word.Substring(0, 1) + word.Substring(1).ToLowerInvariant() : word);
        }
        if (words.Count == 0)
            return null;
        return _entities.Named(words, _document.Tokens[first].Start) is { } named ? named.Name : string.Join(" ", words);
    }

    /// <summary>The quotation whose speaker is being resolved: names in its words are no antecedents.</summary>
    public void Quotation(int openMark, int closeMark)
    {
        _quotationOpen = openMark;
        _quotationClose = closeMark;
    }

    /// <summary>Remembers who spoke last, for "he" and "she" later.</summary>
    public void Spoke(string speaker, int at, bool isPerson)
    {
        if (!isPerson)
            return;
        _lastPersonSpeaker = speaker;
        _lastPersonSpeakerAt = at;
    }

    /// <summary>Whether a person other than <paramref name="speaker"/> is named between the two offsets.</summary>
    public bool OtherPersonNamedBetween(string speaker, int from, int to) =>
        _entities.LastOtherPersonBefore(to, speaker) is { } other && other.Start > from;

    public bool IsOrganizationName(string name) => _entities.IsOrganizationName(name);

    public bool IsPersonName(string name) => _entities.IsPersonName(name) || (_coordinatedPeople?.Contains(name) ?? false);

    /// <summary>A known person, or a name the article never called an organisation ("Valastro"): "he" may refer back to it.</summary>
    public bool CanBePerson(string name) =>
        !(_coordinated?.Contains(name) ?? false) && (_entities.IsPersonName(name) || !_entities.IsOrganizationName(name));

    // "he" after "Obama and Biden placed flowers" refers to the first of the pair, the sentence's main subject.
    private int FirstConjunctEnd(int first, int last)
    {
        for (var t = first + 1; t < last; t++)
        {
            if (_document.Tokens[t].IsWord && _document.Is(_document.Tokens[t], "and") && NameRunScanner.IsNameWord(_document, t - 1))
                return t - 1;
        }
        return last;
    }

    // "Trump and Ryan said": two names joined by "and" speak together; the speaker names both ("Donald Trump and Paul
    // Ryan"), and no later "he" refers back to the pair.
    private string? CoordinatedSpeakers(int first, int last, int at)
    {
        var tokens = _document.Tokens;
        for (var t = first + 1; t < last; t++)
        {
            if (!tokens[t].IsWord || !_document.Is(tokens[t], "and"))
                continue;
            if (!NameRunScanner.IsNameWord(_document, t - 1) || !NameRunScanner.IsNameWord(_document, t + 1))
                return null;
            var left = ResolvePhrase(first, t - 1, at);
            var right = ResolvePhrase(t + 1, last, at);
            if (left is null || right is null || left == right)
                return left ?? right;
            var both = left + " and " + right;
            (_coordinated ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(both);
            if (_entities.IsPersonName(left) && _entities.IsPersonName(right))
                (_coordinatedPeople ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(both);
            return both;
        }
        return null;
    }

    private string? ResolvePhrase(int first, int last, int at)
    {
        var tokens = _document.Tokens;
        var lastWord = Word(last);
        if (first == last && ClauseWords.IsPersonalPronoun(lastWord))
            return ClauseWords.IsSingularPersonPronoun(lastWord) ? PersonForPronoun(at, lastWord is "she" or "She" ? NameGender.Female : NameGender.Male) : null;

        // "a woman in Worcester", "the senator from Vermont": a description's head comes before the preposition and the
        // name that qualify it (not "secretary of state Hillary Clinton").
        for (var t = first + 1; t < last; t++)
        {
            if (tokens[t].IsWord && char.IsLower(_document.Text[tokens[t - 1].Start]) && tokens[t - 1].IsWord
                && ClauseWords.IsPreposition(_document, _document.Tokens[t]) && !ClauseWords.IsDeterminer(_document, _document.Tokens[t - 1])
                && (NameRunScanner.IsNameWord(_document, t + 1) || (t + 2 <= last && ClauseWords.IsDeterminer(_document, _document.Tokens[t + 1]) && NameRunScanner.IsNameWord(_document, t + 2))))
            {
                last = t - 1;
                break;
            }
        }

        // A possessor speaks for what it owns ("the ministry’s statement", "Brennan’s office"), but not
        // for a person ("Clinton’s campaign chairman John Podesta" is Podesta).
        var headWord = NameRunScanner.WordOf(_document, last);
        var headIsLowerCase = char.IsLower(headWord[0]);
        for (var t = first; t < last; t++)
        {
            if (!tokens[t].IsWord || !NameRunScanner.EndsPossessive(_document, t))
                continue;
            if (headIsLowerCase && !Titles.IsLowerCaseRole(headWord))
                return ResolvePhrase(first, t, at);
            if (headIsLowerCase)
                return null;
            first = t + 1;
            break;
        }

        // "a Democratic strategist", "one Trump confidant": an indefinite description introduces someone new and unnamed,
        // never a person named before; only an organisation it names may speak through it ("a State Department official").
        var indefinite = headIsLowerCase && IsIndefinite(Word(first)) && !ClauseWords.IsDocumentNoun(headWord);

        // The whole capitalised phrase may name an organisation whose words include a title word ("State Department").
        if (WholeCapitalisedPhrase(first, last) is { Count: > 1 } phrase && _entities.Named(phrase, at + 1) is { IsPerson: false } whole)
            return whole.Name;

        var groups = CapitalisedNameGroups(first, last);
        if (groups.Count > 0)
        {
            // The head of a phrase comes last ("Clinton ally James Carville", "Rubio spokesman Alex Conant"):
            // the last known person, then a known organisation, else the last group that can be a name.
            EntityMention? knownOrganization = null;
            for (var g = groups.Count - 1; g >= 0; g--)
            {
                var group = groups[g];
                if (_entities.Named(group, at + 1) is { } named)
                {
                    // "a Clinton aide", "a Trump campaign spokesman": a person's role-holder is someone else, unnamed.
                    if (named.IsPerson && headIsLowerCase && (indefinite || (Titles.IsLowerCaseRole(headWord) && !Titles.DescriptionFits(headWord, named.Title ?? ""))))
                        return null;
                    if (named.IsPerson)
                        return named.Name;
                    knownOrganization ??= named;
                }
            }
            if (knownOrganization is { } known)
                return known.Name;
            // "a State Department official": the capitalised words before the head together may name the organisation.
            if (indefinite && WholeCapitalisedPhrase(first, last - 1) is { Count: > 1 } qualifier && _entities.Named(qualifier, at + 1) is { IsPerson: false } body)
                return body.Name;
            // "a NY1 representative": an organisation's spokesperson speaks for it, even one the article never names in full.
            if (indefinite && !Titles.IsOrganizationVoice(headWord))
                return null;
            for (var g = groups.Count - 1; g >= 0; g--)
            {
                // "the ACU said": after a determiner, an unknown acronym names an organisation.
                // An acronym opening a paragraph may be a dateline ("WASHINGTON"); inside one it names someone ("MWW said").
                if (CanBeUnknownName(groups[g], afterDeterminer: ClauseWords.IsDeterminer(_document, _document.Tokens[first]) || !OpensParagraph(first)))
                    return string.Join(" ", groups[g]);
            }
            // "the Florida senator": capitalised words that name no one qualify a description's head.
            if (!headIsLowerCase)
                return null;
        }

        // "The Granite State’s": a phrase cut after a capitalised possessor names whose it is, no description to look back for
        // ("the paper’s" is one).
        if (indefinite || (!headIsLowerCase && NameRunScanner.EndsPossessive(_document, last)))
            return null;
        var head = NameRunScanner.WordOf(_document, last).ToLowerInvariant();
        if (ClauseWords.IsDocumentNoun(head))
            return _lastDocumentOwner;
        if (_entities.LastPersonTitled(head, at) is { } titled)
            return titled.Name;
        if (_entities.LastOrganizationWith(head, at) is { } organization)
            return organization.Name;
        // "the Florida senator", "the presumptive Republican nominee": a definite description of a position refers back like
        // "he" or "she", to a person whose own title does not name another office.
        if (Titles.IsStandingRole(head) && ClauseWords.IsDefiniteArticle(Word(first))
            && PersonForPronoun(at, GenderOfRole(head)) is { } described
            && !(Titles.IsOffice(head) && _entities.TitleOf(described) is { } title && !Titles.DescriptionFits(head, title)))
            return described;
        return null;
    }

    private static NameGender GenderOfRole(string head) =>
        head is "businessman" or "congressman" or "actor" ? NameGender.Male
        : head is "businesswoman" or "congresswoman" or "actress" ? NameGender.Female
        : NameGender.Unknown;

    // The last speaker, unless someone the pronoun fits was named after that speaker's quotation;
    // then the person the current or previous sentences are about (their subject), else the last
    // person named that the pronoun fits ("she" never refers back to a "Mr.").
    private string? PersonForPronoun(int at, NameGender gender)
    {
        // "Graham assures his audience he will tell …": a pronoun inside a sentence whose subject is a
        // named person refers to that subject first.
        if (SubjectOfOwnSentence(at, gender) is { } ownSubject)
            return ownSubject;
        // "“Justice Ginsburg has embarrassed all,” he wrote": a name in the quotation's own words is not who "he" is.
        var lastMention = _entities.LastPersonBefore(at, gender, _quotationOpen, _quotationClose);
        var speakerFits = _lastPersonSpeaker is not null && _entities.Fits(_lastPersonSpeaker, gender);
        if (speakerFits && (lastMention is null || lastMention.Value.Start <= _lastPersonSpeakerAt))
            return _lastPersonSpeaker;
        var sentence = _document.SentenceOf(at);
        // A sentence whose subject is itself a pronoun carries the chain back one sentence further ("But he slipped.").
        var oldest = sentence - 2;
        for (var k = sentence; k >= 0 && k >= oldest; k--)
        {
            // "…, Sabato said." The source a sentence closes on is who a later "he said" means.
            if (k < sentence && _cues.ClosingCueSubject(k) is { } source && PersonFitting(source, gender) is { } closingSpeaker)
                return closingSpeaker;
            if (_cues.SubjectOfSentence(k) is not { } subject || _document.Tokens[subject.First].Start >= at)
                continue;
            if (subject.First == subject.Last && ClauseWords.IsPersonalPronoun(_document, _document.Tokens[subject.First]))
            {
                if (k < sentence && oldest > sentence - 4)
                    oldest--;
                continue;
            }
            if (PersonFitting((subject.First, FirstConjunctEnd(subject.First, subject.Last)), gender) is { } named
                && (lastMention is null || _lastPersonSpeakerAt < _document.Tokens[subject.First].Start || named != _lastPersonSpeaker))
                return named;
        }
        return lastMention?.Name ?? (speakerFits ? _lastPersonSpeaker : null);
    }

    private string? PersonFitting((int First, int Last) mention, NameGender gender)
    {
        if (mention.First == mention.Last && ClauseWords.IsPersonalPronoun(_document, _document.Tokens[mention.First]))
            return null;
        var named = ResolvePhrase(mention.First, mention.Last, _document.Tokens[mention.First].Start);
        return named is not null && _entities.IsPersonName(named) && _entities.Fits(named, gender) ? named : null;
    }

    private string? SubjectOfOwnSentence(int at, NameGender gender)
    {
        if (_cues.SubjectOfSentence(_document.SentenceOf(at)) is not { } subject || _document.Tokens[subject.Last].End >= at
            || (subject.First == subject.Last && ClauseWords.IsPersonalPronoun(_document, _document.Tokens[subject.First])))
            return null;
        var named = ResolvePhrase(subject.First, FirstConjunctEnd(subject.First, subject.Last), _document.Tokens[subject.First].Start);
        return named is not null && _entities.IsPersonName(named) && _entities.Fits(named, gender) ? named : null;
    }

    private bool IsDocumentPhrase(int last) => ClauseWords.IsDocumentNoun(NameRunScanner.WordOf(_document, last).ToLowerInvariant());

    // Groups of capitalised words in a mention that can be names, split at lower-case words; titles,
    // honorifics and sentence words dropped, and words before a title too ("Halden Chief Executive Sarah Whitcombe").
    private List<List<string>> CapitalisedNameGroups(int first, int last)
    {
        var groups = new List<List<string>>();
        var words = new List<string>();
        var tokens = _document.Tokens;
        // "Amy Pope", "Tom Judge": a title word right after a given name is the surname, when the name ends there.
        List<string>? givenBeforeTitle = null;
        for (var t = first; t <= last; t++)
        {
            if (!tokens[t].IsWord)
                continue;
            var word = NameRunScanner.WordOf(_document, t);
            if (!char.IsUpper(word[0]))
            {
                // A list handed to the groups is theirs; an empty one serves on.
                if (words.Count > 0)
                {
                    groups.Add(words);
                    words = new List<string>();
                }
                else if (givenBeforeTitle is not null)
                {
                    groups.Add(givenBeforeTitle);
                }
                givenBeforeTitle = null;
                // "John Harlan of South Dakota": what follows a preposition only qualifies the head.
                if (groups.Count > 0 && word is "of" or "from" or "at" or "for" or "in" or "with" or "on")
                    return groups;
                continue;
            }
            if ((Titles.IsTitleWord(word) && !IsTitleSurname(word, t, last)) || Titles.IsHonorific(word)
                || (NonNames.Contains(word) && !IsCommonWordSurname(word, t, last)))
            {
                givenBeforeTitle = words.Count == 1 && GivenNames.Contains(words[0]) && Titles.IsTitleWord(word) && !Titles.IsAbbreviated(word)
                    ? new List<string> { words[0], word }
                    : null;
                words.Clear();
                continue;
            }
            givenBeforeTitle = null;
            words.Add(NameRunScanner.NameWordOf(_document, t));
        }
        if (words.Count > 0)
            groups.Add(words);
        else if (givenBeforeTitle is not null)
            groups.Add(givenBeforeTitle);
        return groups;
    }

    // "King said" where the article names Billie Jean King: a title word ending the phrase that is a known person's surname.
    private bool IsTitleSurname(string word, int t, int last) =>
        Titles.CanBeSurname(word) && (t == last || !_document.Tokens[t + 1].IsWord || char.IsLower(_document.Text[_document.Tokens[t + 1].Start]))
        && _entities.IsSurname(word);

    // "From said" where the article names Al From: a common word ending the phrase that is a known person's surname.
    private bool IsCommonWordSurname(string word, int t, int last) =>
        t == last && _entities.IsSurname(word) && NonNames.CanEndNameAt(_document, t);

    // "The State Department" -> State, Department; null when a lower-case word interrupts it. The list is the same
    // each time: every caller reads it at once, before asking again.
    private List<string>? WholeCapitalisedPhrase(int first, int last)
    {
        var words = _phraseWords;
        words.Clear();
        for (var t = first; t <= last; t++)
        {
            if (!_document.Tokens[t].IsWord)
                continue;
            var word = NameRunScanner.WordOf(_document, t);
            if (words.Count == 0 && (ClauseWords.IsDeterminer(word) || NonNames.Contains(word)))
                continue;
            if (!char.IsUpper(word[0]))
                return null;
            words.Add(word);
        }
        return words;
    }

    private static bool IsIndefinite(string word) => word is "a" or "A" or "an" or "An" or "another" or "Another" or "one" or "One";

    private bool OpensParagraph(int t) => t == 0 || _document.Tokens[t].LineBreakBefore;

    private static bool CanBeUnknownName(List<string> words, bool afterDeterminer)
    {
        var joined = string.Join(" ", words);
        if (Places.Gazetteer.IsPlaceName(joined) || (words.Count == 1 && Places.Gazetteer.IsDemonym(words[0], out _)))
            return false;
        foreach (var word in words)
        {
            // A dateline's "WASHINGTON" is no speaker; an initial ("F.") is part of one.
            if (WordShape.IsAllCapitals(word) && !IsGenerationSuffix(word) && !Organizations.OrganizationLexicon.TryExpandAcronym(word, out _) && !afterDeterminer)
                return false;
        }
        return true;
    }

    // "Brent Bozell III"
    private static bool IsGenerationSuffix(string word) => word is "II" or "III" or "IV";


    private string Word(int t) => _document.TextOf(_document.Tokens[t]);
}
