using System;
using System.Threading;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Reads the phrase that names a speaker around a cue: backwards from the cue ("Sen. Mark Ellison,
/// R-Utah, said", "the ministry’s statement reads", "He also underlined"), forwards after it
/// ("said Republican political consultant Chris Russell"), or at the start of a clause.
/// </summary>
internal sealed class SpeakerPhrases : TokenReader
{
    private const int MaxAppositive = 14;
    private const int MaxNameTokens = 12;

    public SpeakerPhrases(TokenReader tokens)
        : base(tokens)
    {
    }

    /// <summary>The speaker mention ending at <paramref name="end"/> (auxiliaries and an appositive skipped), not before <paramref name="limit"/>.</summary>
    public (int First, int Last)? SubjectEndingAt(int end, int limit)
    {
        var t = end;
        // "He also said", "Feinstein last week said", "Trump on Tuesday said"
        while (t >= limit && IsWord(t) && (ReportingCues.IsAuxiliary(Document, Tokens[t]) || ClauseWords.IsTimeAdverb(Document, Tokens[t]) || IsMannerAdverbAfterSubject(t, limit)))
            t--;
        // "would like Trump to explain": the subject of an infinitive after an object is not the speaker.
        if (t >= limit && t < end && IsWord(t + 1) && Is(t + 1, "to") && IsWord(t) && !ReportingCues.IsAuxiliary(Document, Tokens[t]))
            return null;
        // "Gov. John Kasich (R-OH), said" — but in "Jeff Bechdel, chairman of America Rising (a PAC), tweeted" the
        // parenthesis ends a description in apposition, read below with its commas.
        if (t - 1 >= limit && IsComma(t) && IsCloseParenthesis(t - 1) && !ClosesDescription(t, limit))
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
            {
                // No earlier comma: the phrase's own comma closes the name before it ("Dean Johnson, a salesman from
                // Sumter, South Carolina, says").
                if (appositives == 0)
                    return null;
                t--;
                break;
            }
            // "Clinton's campaign chairman, John Podesta, said": a name in the appositive of a description is the speaker.
            if (comma - 1 >= limit && IsWord(comma - 1) && (char.IsLower(FirstChar(comma - 1)) || RoleOfNamedBody(comma - 1, limit))
                && AppositiveName(comma + 1, t - 1) is { } named)
                return named;
            t = comma - 1;
            var runStart = t;
            while (runStart - 1 >= limit && (NameRunScanner.IsNameWord(Document, runStart - 1) || IsNameDot(runStart - 1)))
                runStart--;
            var insidePhrase = runStart - 1 >= limit && IsWord(runStart - 1) && char.IsLower(FirstChar(runStart - 1)) && !ClauseWords.IsDeterminer(Document, Tokens[runStart - 1])
                               && !Titles.IsLowerCaseRole(Document, Tokens[runStart - 1]) && !ClauseWords.IsClauseOpener(Document, Tokens[runStart - 1]);
            // "who lives near the capital, Albany, said": a lower-case word before the comma ends a description
            // that is itself inside the appositive.
            insidePhrase |= t >= limit && IsWord(t) && char.IsLower(FirstChar(t)) && !ClauseWords.IsPreposition(Document, Tokens[t]);
            if (!insidePhrase || runStart - 1 - 1 < limit)
                break;
            var previousComma = runStart - 1;
            while (previousComma >= limit && !IsComma(previousComma) && !IsMark(previousComma))
                previousComma--;
            if (previousComma < limit || !IsComma(previousComma))
                break;
            t = previousComma;
        }
        // "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes.
        if (t - 1 >= limit && IsDash(t))
        {
            var dash = t - 1;
            while (dash >= limit && t - dash <= MaxAppositive && !IsDash(dash) && !IsMark(dash) && !IsComma(dash))
                dash--;
            if (dash < limit || !IsDash(dash) || dash == t - 1)
                return null;
            t = dash - 1;
        }
        // "The State Department less than two weeks ago said"
        if (t >= limit && IsWord(t) && Is(t, "ago"))
        {
            while (t - 1 >= limit && (Tokens[t - 1].IsNumber || (IsWord(t - 1) && ClauseWords.IsTimeWord(Document, Tokens[t - 1]))))
                t--;
            t--;
        }
        if (t < limit || !IsWord(t))
            return null;
        var word = Word(t);
        // "Lazar said he welcomed it and added, “…”": the coordinated verb's subject opens the clause.
        if (word is "and" or "but")
            return ClauseSubject(limit, t) ?? EarlierCueSubject(limit, t);
        if (ClauseWords.IsClauseOpener(word))
            return null;
        if (ClauseWords.IsPersonalPronoun(word))
            return (t, t);
        var first = t;
        if (IsOpeningParticiple(t))
            return null;
        if (char.IsUpper(word[0]))
        {
            while (first - 1 >= limit && (NameRunScanner.IsNameWord(Document, first - 1) || IsNameDot(first - 1)))
                first--;
            // "CIA spokesman Ryan Trapani", "Republican strategist Ana Navarro": a role and what qualifies it.
            if (first - 1 >= limit && IsWord(first - 1) && Titles.IsLowerCaseRole(Document, Tokens[first - 1]))
            {
                first--;
                var extra = 0;
                while (first - 1 >= limit && extra < 4 && !NameRunScanner.EndsPossessive(Document, first - 1)
                       && (NameRunScanner.IsNameWord(Document, first - 1) || IsNameDot(first - 1)
                           || (IsWord(first - 1) && Titles.IsLowerCaseRole(Document, Tokens[first - 1]))))
                {
                    first--;
                    extra++;
                }
            }
            // "Stacy Baker of Columbia, South Carolina says": a state after its city's comma belongs to the place before it.
            if (first - 2 >= limit && IsComma(first - 1) && NameRunScanner.IsNameWord(Document, first - 2)
                && Places.Gazetteer.IsPlaceName(Document.Text, Tokens[first].Start, Tokens[t].End - Tokens[first].Start)
                && SubjectEndingAt(first - 2, limit) is { } placed && placed.First < first - 2)
                return (placed.First, t);
            var pastHeadline = PastCapitalsHeadline(first, t);
            if (pastHeadline > first)
                return pastHeadline <= t ? (pastHeadline, t) : null;
            if (first - 1 >= limit && IsWord(first - 1) && ClauseWords.IsDeterminer(Document, Tokens[first - 1]))
                first--;
            // "Sen. John Harlan of South Dakota told", "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote":
            // the name before "of" is the speaker's.
            if (first - 2 >= limit && IsWord(first - 1) && Word(first - 1) is "of" or "from" or "for" && NameRunScanner.IsNameWord(Document, first - 2))
                return SubjectEndingAt(first - 2, limit) is { } owner ? (owner.First, t) : (first, t);
            // "Tom Reyes on Twitter said": a place or medium after a name and a preposition is where the name spoke; not a
            // name that goes on past the preposition ("The Council on American-Islamic Relations Director Nihad Awad says").
            if (first - 2 >= limit && t - first < 2 && IsAdverbialPreposition(first - 1) && IsWord(first - 2)
                && !Organizations.OrganizationLexicon.IsHeadWord(Word(first - 2)) && SubjectBeforePhrase(first - 1, limit) is { } speaker)
                return speaker;
            // "a woman in Worcester said": a place after a description and a preposition qualifies the description.
            if (first - 2 >= limit && IsWord(first - 1) && Word(first - 1) is "in" or "from" or "of" or "at" && IsWord(first - 2)
                && char.IsLower(FirstChar(first - 2)) && !ClauseWords.IsClauseOpener(Document, Tokens[first - 2]) && !ReportingCues.IsVerb(Document, Tokens[first - 2]))
            {
                // ("Laura Quint at a rally in Dayton said" reads back past the whole phrase to the name.)
                if (SubjectEndingAt(first - 2, limit) is { } described)
                    return described.Last == first - 2 ? (described.First, t) : described;
                if (DeterminerBefore(first - 2, limit) is not { } article)
                    return null;
                // "Laura Quint at a rally in Dayton said": the description lies in a phrase after the subject.
                return article - 1 >= limit && IsAdverbialPreposition(article - 1) ? SubjectBeforePhrase(article - 1, limit) : (article, t);
            }
            while (first < t && IsWord(first) && ClauseWords.IsSentenceConnector(Document, Tokens[first]))
                first++;
            // "However, calling it …": a lone connector or adverb is no subject.
            if (first == t && IsAdverbialOpener(Word(t)))
                return null;
            return (CoordinatedNameBefore(first, limit) ?? first, t);
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
            // "Tom Reyes in an interview said": a description after a preposition is no subject; the name before it may be.
            if (ClauseWords.IsDeterminer(previousWord))
                return !AfterPreposition(first, limit) ? (first, t) : IsAdverbialPreposition(first - 1) ? SubjectBeforePhrase(first - 1, limit) : null;
            if (NameRunScanner.EndsPossessive(Document, previous))
            {
                while (first - 1 >= limit && (NameRunScanner.IsNameWord(Document, first - 1) || IsNameDot(first - 1)))
                    first--;
                if (char.IsUpper(previousWord[0]))
                    return AfterPreposition(first, limit) || (first - 1 >= limit && IsWord(first - 1) && Is(first - 1, "the") && AfterPreposition(first - 1, limit))
                        ? null
                        : (first, t);
            }
        }
        return null;
    }

    // "The leader of the Anti-Defamation League, Jonathan Greenblatt, said": a role "of" a named body ends at <paramref name="end"/>.
    private bool RoleOfNamedBody(int end, int limit)
    {
        var t = end;
        while (t >= limit && end - t < MaxNameTokens && (NameRunScanner.IsNameWord(Document, t) || IsNameDot(t)))
            t--;
        if (t >= limit && IsWord(t) && Is(t, "the"))
            t--;
        return t - 1 >= limit && t < end && IsWord(t) && Word(t) is "of" or "for" or "at" && IsWord(t - 1) && Titles.IsLowerCaseRole(Document, Tokens[t - 1]);
    }

    // "after a woman in …": the determiner opening the description that ends at <paramref name="head"/>.
    private int? DeterminerBefore(int head, int limit)
    {
        for (var t = head - 1; t >= limit && head - t <= 3 && IsWord(t); t--)
        {
            if (ClauseWords.IsDeterminer(Document, Tokens[t]))
                return t;
            if (!char.IsLower(FirstChar(t)))
                return null;
        }
        return null;
    }

    // "Lazar said he welcomed it and added, “…”": the subject of the nearest earlier cue in the clause.
    private (int First, int Last)? EarlierCueSubject(int limit, int conjunction)
    {
        (int First, int Last)? pronoun = null;
        for (var t = conjunction - 1; t > limit; t--)
        {
            if (IsMark(t))
                return pronoun;
            // "Lazar said he welcomed it and added": a pronoun subject may belong to a reported clause; a name further back wins.
            if (IsCueVerb(t) && !ReportingCues.IsParticiple(Document, Tokens[t]) && SubjectEndingAt(t - 1, limit) is { } subject
                && !(IsWord(subject.First) && Word(subject.First) is "and" or "but"))
            {
                if (subject.First < subject.Last || !ClauseWords.IsPersonalPronoun(Document, Tokens[subject.First]))
                    return subject;
                pronoun ??= subject;
            }
        }
        return pronoun;
    }

    // "Trump and Ryan said": the first of two names joined by "and", when the pair opens its clause (not "met Trump and
    // Ryan said").
    private int? CoordinatedNameBefore(int first, int limit)
    {
        if (first - 2 < limit || !IsWord(first - 1) || !Is(first - 1, "and") || !NameRunScanner.IsNameWord(Document, first - 2)
            || NameRunScanner.EndsPossessive(Document, first - 2))
            return null;
        var start = first - 2;
        while (start - 1 >= limit && (NameRunScanner.IsNameWord(Document, start - 1) || IsNameDot(start - 1)))
            start--;
        while (start < first - 2 && IsWord(start) && (ClauseWords.IsSentenceConnector(Document, Tokens[start]) || NonNames.Contains(Document, Tokens[start])))
            start++;
        if (NonNames.Contains(Document, Tokens[start]) || Places.Gazetteer.IsPlaceName(Document.Text, Tokens[first - 2].Start, Tokens[first - 2].Length))
            return null;
        if (start - 1 >= limit && IsWord(start - 1) && char.IsLower(FirstChar(start - 1)) && !ClauseWords.IsClauseOpener(Document, Tokens[start - 1]))
            return null;
        return start;
    }

    // "said Trump and Ryan": the second of two names joined by "and" after the first ends at <paramref name="end"/>.
    private int CoordinatedNameAfter(int end)
    {
        if (end + 2 >= Tokens.Count || !IsWord(end + 1) || !Is(end + 1, "and") || !NameRunScanner.IsNameWord(Document, end + 2)
            || NonNames.Contains(Document, Tokens[end + 2]) || !SameParagraph(end + 2, end))
            return end;
        var last = end + 2;
        while (last + 1 < Tokens.Count && last - end < MaxNameTokens && (NameRunScanner.IsNameWord(Document, last + 1) || IsNameDot(last + 1))
               && !NameRunScanner.EndsPossessive(Document, last))
            last++;
        if (!IsWord(last) || NameRunScanner.EndsPossessive(Document, last) || Places.Gazetteer.IsPlaceName(Document.Text, Tokens[last].Start, Tokens[last].Length))
            return end;
        return last;
    }

    // Whether the comma at <paramref name="comma"/> closes a description that an earlier comma opened ("…, chairman of …,").
    private bool ClosesDescription(int comma, int limit)
    {
        for (var t = comma - 1; t >= limit && comma - t <= MaxAppositive; t--)
        {
            if (IsMark(t))
                return false;
            if (IsComma(t))
                return t + 1 < comma && IsWord(t + 1) && char.IsLower(FirstChar(t + 1)) && t - 1 >= limit && NameRunScanner.IsNameWord(Document, t - 1);
        }
        return false;
    }

    /// <summary>A speaker mention starting at <paramref name="start"/>: a pronoun, a name with its title, or a determiner and noun.</summary>
    public (int First, int Last)? MentionAfter(int start)
    {
        if (start >= Tokens.Count || !IsWord(start))
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
            var possessed = false;
            // "a 2008 Clinton veteran": a year or count after the determiner.
            if (ClauseWords.IsDeterminer(word) && t + 2 < Tokens.Count && Tokens[t + 1].IsNumber && IsWord(t + 2))
                t++;
            for (var steps = 0; t + 1 < Tokens.Count && steps < 4 && IsWord(t + 1) && !ClauseWords.StartsNoSubject(Document, Tokens[t + 1])
                                && !ReportingCues.IsVerb(Document, Tokens[t + 1]) && Word(t + 1) is not ("who" or "which" or "that" or "whose"); steps++)
            {
                // "The Democratic National Committee released …": a verb after a name ends the description.
                if (t > start && NameRunScanner.IsNameWord(Document, t) && FiniteVerbs.IsVerb(Document, Tokens[t + 1]))
                    break;
                possessed |= NameRunScanner.EndsPossessive(Document, t);
                // "The Blaze’s Matt Walsh provided": a lower-case word after a possessor's named person is a verb.
                if (possessed && NameRunScanner.IsNameWord(Document, t) && !NameRunScanner.EndsPossessive(Document, t) && char.IsLower(FirstChar(t + 1)))
                    break;
                t++;
                last = t;
                if (!NameRunScanner.EndsPossessive(Document, t) && !char.IsUpper(FirstChar(t)) && !IsNounModifierFollowed(t))
                    break;
            }
            if (last == start && !Titles.IsLowerCaseRole(word))
                return null;
            // "added his campaign manager Jeff Weaver": a role, then the name of who holds it.
            if (last > start && Titles.IsLowerCaseRole(Document, Tokens[last]) && last + 1 < Tokens.Count && NameRunScanner.IsNameWord(Document, last + 1)
                && !NonNames.Contains(Document, Tokens[last + 1]) && SameParagraph(last + 1, start))
            {
                var nameEnd = last + 1;
                while (nameEnd + 1 < Tokens.Count && nameEnd - last < MaxNameTokens && (NameRunScanner.IsNameWord(Document, nameEnd + 1) || IsNameDot(nameEnd + 1))
                       && !NameRunScanner.EndsPossessive(Document, nameEnd))
                    nameEnd++;
                if (!IsWord(nameEnd))
                    nameEnd--;
                if (!NameRunScanner.EndsPossessive(Document, nameEnd))
                    return (start, nameEnd);
            }
            // "said the bureau's director, James B. Comey,": the apposed name is the speaker.
            if (last + 2 < Tokens.Count && IsComma(last + 1) && NameRunScanner.IsNameWord(Document, last + 2))
            {
                var nameEnd = last + 2;
                while (nameEnd + 1 < Tokens.Count && nameEnd - last < MaxNameTokens && (NameRunScanner.IsNameWord(Document, nameEnd + 1) || IsNameDot(nameEnd + 1)))
                    nameEnd++;
                if (!IsWord(nameEnd))
                    nameEnd--;
                if (nameEnd + 1 >= Tokens.Count || Tokens[nameEnd + 1].IsPunctuation)
                    return (last + 2, nameEnd);
            }
            return (start, last);
        }
        if (!char.IsUpper(word[0]))
            return null;
        if (NameAfterModifiers(start) is { } described)
            return (start, described);
        var end = t;
        var paragraph = ParagraphOf(start);
        while (end + 1 < Tokens.Count && end - start < MaxNameTokens && InParagraph(end + 1, paragraph)
               && (NameRunScanner.IsNameWord(Document, end + 1) || IsNameDot(end + 1) || IsRankOrdinal(end + 1)
                   || NameRunScanner.IsNameParticle(Document, end + 1)))
        {
            if (IsRankOrdinal(end + 1))
                end++;
            end++;
            if (NameRunScanner.EndsPossessive(Document, end))
                break;
        }
        if (!IsWord(end))
            end--;
        if (!NameRunScanner.EndsPossessive(Document, end))
            return (start, CoordinatedNameAfter(end));
        // "Iowa State University's Dianne Bystrom": a name right after a possessive name.
        if (NameRunScanner.EndsPossessive(Document, end) && end + 1 < Tokens.Count && NameRunScanner.IsNameWord(Document, end + 1))
        {
            var next = end + 1;
            while (next < Tokens.Count && next - start < MaxNameTokens && (NameRunScanner.IsNameWord(Document, next) || IsNameDot(next)))
                end = next++;
            if (!IsWord(end))
                end--;
            return (start, end);
        }
        // "said Trump’s campaign manager Corey Lewandowski": read on past the possessive.
        if (NameRunScanner.EndsPossessive(Document, end))
        {
            var next = end + 1;
            var lower = 0;
            while (next < Tokens.Count && IsWord(next) && char.IsLower(FirstChar(next)) && lower < 3 && !ClauseWords.StartsNoSubject(Document, Tokens[next])
                   && !ClauseWords.IsClauseOpener(Document, Tokens[next]) && !ReportingCues.IsVerb(Document, Tokens[next]))
            {
                next++;
                lower++;
            }
            if (lower > 0)
            {
                end = next - 1;
                while (next < Tokens.Count && next - start < MaxNameTokens && (NameRunScanner.IsNameWord(Document, next) || IsNameDot(next)))
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
        while (t < Tokens.Count && t - start < 2 * MaxNameTokens)
        {
            if (NameRunScanner.IsNameWord(Document, t))
            {
                var runStart = t;
                while (t < Tokens.Count && t - runStart < MaxNameTokens && (NameRunScanner.IsNameWord(Document, t) || IsNameDot(t)))
                {
                    t++;
                    if (NameRunScanner.EndsPossessive(Document, t - 1))
                        break;
                }
                if (sawLower)
                    lastRunStart = runStart;
                if (NameRunScanner.EndsPossessive(Document, t - 1))
                    continue;
                if (t < Tokens.Count && IsWord(t) && char.IsLower(FirstChar(t)) && IsModifier(t))
                    continue;
                break;
            }
            // "former secretary of state Hillary Clinton": "of" between lower-case words belongs to the role.
            var ofInRole = sawLower && IsWord(t) && Is(t, "of") && t + 1 < Tokens.Count && IsWord(t + 1) && char.IsLower(FirstChar(t + 1)) && IsModifier(t + 1);
            // "Former prosecutor and New York City Mayor Rudy Giuliani": "and" after a role joins a second one.
            ofInRole |= sawLower && IsWord(t) && Is(t, "and") && IsWord(t - 1) && Titles.IsLowerCaseRole(Document, Tokens[t - 1])
                        && t + 1 < Tokens.Count && IsWord(t + 1) && (NameRunScanner.IsNameWord(Document, t + 1) || (char.IsLower(FirstChar(t + 1)) && IsModifier(t + 1)));
            if (!ofInRole && (!IsWord(t) || !char.IsLower(FirstChar(t)) || !IsModifier(t)))
                break;
            // "Ana Ortiz endorsed Tom Reyes", "Roloson supports Hillary Clinton": a verb form right after a name is its verb,
            // not a modifier ("said retired Gen. …" is).
            if (t > start && NameRunScanner.IsNameWord(Document, t - 1) && (EndsWith(t, "ed") || FiniteVerbs.IsVerb(Document, Tokens[t])))
                break;
            sawLower = true;
            t++;
        }
        if (lastRunStart < 1 || !IsWord(lastRunStart - 1))
            return null;
        if (!Titles.IsLowerCaseRole(Document, Tokens[lastRunStart - 1]) && !GivenNames.Contains(Document, Tokens[lastRunStart]) && !StartsWithTitledName(lastRunStart)
            && !HoldsGivenName(lastRunStart, t - 1))
            return null;
        var end = t - 1;
        if (!IsWord(end))
            end--;
        return end >= lastRunStart ? end : null;
    }

    // "Air Force 1st Lt. Tyler Livingston": an ordinal ("1" and "st") inside a military rank, a title word after it.
    private bool IsRankOrdinal(int t) =>
        t + 2 < Tokens.Count && Tokens[t].IsNumber && IsWord(t + 1) && !Tokens[t + 1].SpaceBefore
        && Word(t + 1) is "st" or "nd" or "rd" or "th" && Titles.IsTitleWord(Document, Tokens[t + 2]);

    private bool IsModifier(int t)
    {
        var word = Word(t);
        return !ClauseWords.StartsNoSubject(word) && !ClauseWords.IsClauseOpener(word) && !ReportingCues.IsVerb(word)
               && !ClauseWords.IsDeterminer(word) && word is not ("who" or "whose" or "which" or "is" or "was" or "has" or "had");
    }

    // The appositive between two commas when it is just a name ("John Podesta").
    public (int First, int Last)? AppositiveName(int first, int last)
    {
        if (first > last || !NameRunScanner.IsNameWord(Document, first) || !IsWord(last))
            return null;
        for (var i = first; i <= last; i++)
        {
            if (!NameRunScanner.IsNameWord(Document, i) && !IsNameDot(i))
                return null;
        }
        // "who lives outside the state capital, Sacramento, said": a place in apposition names no speaker.
        if (first == last && Places.Gazetteer.IsPlaceName(Document.Text, Tokens[first].Start, Tokens[first].Length))
            return null;
        return (first, last);
    }

    // "Democrat Elijah Cummings": a given name inside the run, before its last word, starts the name.
    private bool HoldsGivenName(int first, int last)
    {
        for (var i = first + 1; i < last; i++)
        {
            if (IsWord(i) && GivenNames.Contains(Document, Tokens[i]))
                return true;
        }
        return false;
    }

    // "Army Lt. Gen. Mick Bednarek": capitalised words that include a title before the name.
    private bool StartsWithTitledName(int t)
    {
        for (var i = t; i < Tokens.Count && i - t < MaxNameTokens && (NameRunScanner.IsNameWord(Document, i) || IsNameDot(i)); i++)
        {
            if (IsWord(i) && Titles.IsTitleWord(Document, Tokens[i]))
                return true;
        }
        return false;
    }

    private bool IsDash(int t) =>
        Tokens[t].IsPunctuation && Tokens[t].SpaceBefore && (CharClass.IsDash(Document.Text[Tokens[t].Start]) || Document.Text[Tokens[t].Start] == '-');

    // "the ministry’s statement": keep reading while a lower-case word is followed by another word that continues the phrase.
    private bool IsNounModifierFollowed(int t) =>
        t + 1 < Tokens.Count && IsWord(t + 1) && !ClauseWords.StartsNoSubject(Document, Tokens[t + 1]) && !ReportingCues.IsVerb(Document, Tokens[t + 1])
        && Word(t) is "press" or "campaign" or "news" or "official" or "top" or "senior" or "former" or "white" or "house";

    // "Trump shot back in a statement, saying he’s “…”": the sentence's first phrase, when it names someone.
    public (int First, int Last)? ClauseSubject(int windowStart, int participle)
    {
        var start = AfterDateline(windowStart, participle);
        // "Before the convention, …", "Earlier this week, …" open a clause that ends at a comma; "But", "Meanwhile" do not.
        while (start < participle && IsWord(start) && ClauseWords.IsSentenceConnector(Document, Tokens[start]) && !IsSubordinator(Word(start)))
            start++;
        // "Later, Gov. Jerry Brown endorsed her": the connector's comma.
        if (start > windowStart && start < participle && IsComma(start) && IsWord(start - 1) && ClauseWords.IsSentenceConnector(Document, Tokens[start - 1]))
            start++;
        // "On Tuesday, Gov. Jerry Brown endorsed her": an opening adverbial ends at its comma; a second one may follow
        // ("On Thursday, after remaining neutral, Warren endorsed her").
        for (var adverbials = 0; adverbials < 2 && start < participle && IsWord(start); adverbials++)
        {
            var opener = Word(start);
            var opens = ClauseWords.IsOpeningPreposition(opener) || (start > windowStart && ClauseWords.IsPreposition(opener)) || IsOpeningParticiple(start)
                        || IsOpeningAdverb(start) || IsSubordinator(opener) || (adverbials > 0 && IsSubordinator(Capitalised(opener)));
            if (!opens)
                break;
            // "Later Ana Ortiz said": an adverb right before a name opens no clause of its own.
            if (adverbials == 0 && opener is "Later" or "Earlier" or "Today" or "Yesterday" && start + 1 < participle && NameRunScanner.IsNameWord(Document, start + 1))
            {
                start++;
                break;
            }
            var comma = start + 1;
            while (comma < participle && comma - start < 12 && !IsComma(comma))
                comma++;
            if (comma >= participle || !IsComma(comma))
            {
                // "Today Trump said", "Later Clinton wrote": no comma, the connector only.
                if (adverbials == 0 && ClauseWords.IsSentenceConnector(opener) && char.IsUpper(opener[0]))
                {
                    start++;
                    break;
                }
                return null;
            }
            start = comma + 1;
            // "At a rally in Portsmouth, N.H., he knocked Cruz": a place's state or country follows its own comma.
            var next = start;
            while (next < participle && next - start < 4 && (NameRunScanner.IsNameWord(Document, next) || IsNameDot(next) || Document.Text[Tokens[next].Start] == '.'))
                next++;
            if (next > start && next + 1 < participle && IsComma(next) && StartsSubject(next + 1))
                start = next + 1;
        }
        // "Sunday morning, Clinton slammed …": a time phrase and its comma open no subject.
        if (start < participle && IsWord(start) && ClauseWords.IsTimeAdverb(Document, Tokens[start]) && char.IsUpper(FirstChar(start)))
        {
            var comma = start + 1;
            while (comma < participle && comma - start < 4 && IsWord(comma) && !IsComma(comma))
                comma++;
            if (comma < participle && IsComma(comma))
                start = comma + 1;
        }
        if (start >= participle || !IsWord(start))
            return null;
        var word = Word(start);
        if ((!ClauseWords.IsPersonalPronoun(word) && !char.IsUpper(word[0])) || IsAdverbialOpener(word))
            return null;
        if (NameAfterOpeningDescription(start, participle) is { } named)
            return named;
        return MentionAfter(start) is { } mention && mention.Last < participle ? mention : null;
    }

    // "The Republican Party’s presumed nominee, Trump has won …", "A former governor, Bush says …": a description opening
    // the sentence in apposition to the name after its comma, which a verb follows.
    private (int First, int Last)? NameAfterOpeningDescription(int start, int end)
    {
        const int MaxDescription = 12;
        if (!ClauseWords.IsDeterminer(Document, Tokens[start]))
            return null;
        var comma = start + 1;
        for (; comma < end && comma - start <= MaxDescription && !IsComma(comma); comma++)
        {
            if (!IsWord(comma) || ClauseWords.IsClauseOpener(Document, Tokens[comma]) || ReportingCues.IsVerb(Document, Tokens[comma])
                || (FiniteVerbs.IsVerb(Document, Tokens[comma]) && !EndsWith(comma, "ed")))
                return null;
        }
        if (comma + 1 >= end || !IsComma(comma) || !NameRunScanner.IsNameWord(Document, comma + 1) || NonNames.Contains(Document, Tokens[comma + 1]))
            return null;
        var last = comma + 1;
        while (last + 1 < end && (NameRunScanner.IsNameWord(Document, last + 1) || IsNameDot(last + 1)))
            last++;
        var verb = last + 1;
        if (verb < end && IsWord(verb) && FiniteVerbs.IsAdverb(Document, Tokens[verb]))
            verb++;
        // "The senator, Trump said, is wrong": a cue and a comma after the name make it a parenthesis.
        return verb < end && IsWord(verb) && FiniteVerbs.IsVerb(Document, Tokens[verb]) && !(IsCueVerb(verb) && verb + 1 < Tokens.Count && IsComma(verb + 1))
            ? (comma + 1, last)
            : null;
    }

    // "Immediately after the attacks, Trump issued …"
    private bool IsOpeningAdverb(int t)
    {
        var word = Word(t);
        return word.Length > 4 && char.IsUpper(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !GivenNames.Contains(word);
    }

    // "Cruz gingerly said": a lower-case -ly adverb right after a name or pronoun (not "a Trump ally said").
    private bool IsMannerAdverbAfterSubject(int t, int limit)
    {
        var word = Word(t);
        if (word.Length < 5 || !char.IsLower(word[0]) || !word.EndsWith("ly", StringComparison.Ordinal) || Titles.IsLowerCaseRole(word) || t - 1 < limit || !IsWord(t - 1))
            return false;
        var before = Word(t - 1);
        // "O’Donnell, who was off-screen, then loudly asked": after an adverb of sequence that follows the subject too.
        return ClauseWords.IsPersonalPronoun(before) || (NameRunScanner.IsNameWord(Document, t - 1) && !ClauseWords.IsDeterminer(before))
               || before is "then" or "also" or "later" or "again" or "once" or "finally";
    }

    // "a source familiar with the FDIC’s investigation said": a description after a preposition is inside a longer subject.
    private bool IsAdverbialPreposition(int t) => IsWord(t) && Word(t) is "in" or "on" or "at" or "during" or "via";

    // The name or pronoun right before a prepositional phrase that stands between it and its verb; not a role ("Analysts at
    // Jefferies said" is Jefferies).
    private (int First, int Last)? SubjectBeforePhrase(int preposition, int limit)
    {
        var before = preposition - 1;
        if (before < limit || !IsWord(before) || !(NameRunScanner.IsNameWord(Document, before) || ClauseWords.IsPersonalPronoun(Document, Tokens[before]))
            || Titles.IsRoleInAnyCase(Document.Text, Tokens[before].Start, Tokens[before].Length))
            return null;
        return SubjectEndingAt(before, limit);
    }

    private bool AfterPreposition(int first, int limit) =>
        first - 1 >= limit && IsWord(first - 1) && ClauseWords.IsPreposition(Document, Tokens[first - 1]) && !Is(first - 1, "as");

    private static bool IsSubordinator(string word) =>
        word is "Before" or "After" or "When" or "While" or "If" or "Although" or "Though" or "Because" or "Since" or "Until"
            or "As" or "Once" or "Earlier" or "Later" or "Whenever" or "Unless";

    private static string Capitalised(string word) => word.Length > 0 && char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word;

    private static bool IsAdverbialOpener(string word) =>
        ClauseWords.IsSentenceConnector(word) || word is "Here" or "There" or "In" or "On" or "At" or "For" or "To" or "By";

    // What may follow a place's comma as the subject ("in Aspen, Colo., the graduate said"): not an age ("Suu Kyi, 70, said").
    private bool StartsSubject(int t) =>
        IsWord(t) && (ClauseWords.IsPersonalPronoun(Document, Tokens[t]) || char.IsUpper(FirstChar(t)) || ClauseWords.IsDeterminer(Document, Tokens[t]));

    // "WASHINGTON, Dec. 8 (UPI) — Hillary Clinton’s aide rallied …": a dateline's dash opens the sentence proper.
    private int AfterDateline(int start, int end)
    {
        if (start > 0 && SameParagraph(start - 1, start))
            return start;
        for (var t = start; t < end && t - start < 12; t++)
        {
            var c = Document.Text[Tokens[t].Start];
            if (Tokens[t].IsPunctuation && (CharClass.IsDash(c) || c == '-') && Tokens[t].SpaceBefore)
                return t + 1 < end ? t + 1 : start;
        }
        return start;
    }

    // "Continuing to explain his view, Carson rejected …" — but a surname ending in -ing has a verb of its own
    // right after it ("Ebeling explained", "Fleming has said"), or a given name before it ("Gene Sperling, an adviser, said").
    public bool IsOpeningParticiple(int t)
    {
        var word = Word(t);
        if (word.Length <= 4 || !char.IsUpper(word[0]) || !word.EndsWith("ing", StringComparison.Ordinal) || GivenNames.Contains(word))
            return false;
        if (t > 0 && SameParagraph(t - 1, t) && !IsSentenceEnd(t - 1) && NameRunScanner.IsNameWord(Document, t - 1)
            && !People.NonNames.Contains(Document, Tokens[t - 1]))
            return false;
        var next = t + 1 < Tokens.Count && IsWord(t + 1) ? Word(t + 1) : "";
        return !(ReportingCues.IsVerb(next) || next is "also" or "has" or "had" or "is" or "was" or "will" or "would");
    }
}
