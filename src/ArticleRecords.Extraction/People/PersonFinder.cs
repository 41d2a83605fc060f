using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Quotes;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>
/// Reads people from runs of capitalised words, organisations' words masked out. A run names a
/// person when a title or honorific stands before it ("Israeli Prime Minister Benjamin Netanyahu",
/// "Mr. Trump"), or when it has two or more words and starts with a common given name, or stands
/// next to a reporting verb ("said Ruth Delaney"). Nationality words and places before the title
/// are dropped; the title is the run of title words right before the name.
/// Later mentions with the same surname are the same person, and the fullest name wins.
/// </summary>
internal static class PersonFinder
{
    private const int MaxNameWords = 4;

    private static readonly SliceSet PlaceWords = new(new[]
    {
        "Street", "Avenue", "Road", "Boulevard", "Square", "Tower", "Towers", "Bridge", "Island", "Islands", "River",
        "Mountains", "County", "City", "Valley", "Airport", "Station", "Stadium", "Arena", "Building", "Plaza",
        "Heights", "Springs", "Falls", "Harbor", "Bay", "Coast",
    });

    public static PersonDirectory Find(ArticleDocument document, Place[] places, CancellationToken cancellationToken)
    {
        var masked = MaskOrganizations(document, cancellationToken);
        var placeNames = new TextSliceSet(places.Length);
        placeNames.Clear(document.Text);
        foreach (var place in places)
            placeNames.Add(place.Start, place.Length);

        var people = new PersonDirectory();
        var commonWords = new CommonWords(document, cancellationToken);
        var words = new List<string>();
        var titleCase = document.TitleCaseParagraphs;
        var runs = NameRunScanner.Scan(document, cancellationToken);
        for (var r = 0; r < runs.Length; r++)
        {
            if ((r & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var run = runs[r];
            var segmentStart = run.First;
            for (var j = run.First; j <= run.Last + 1; j++)
            {
                if (j <= run.Last && !masked[j])
                    continue;
                if (j > segmentStart)
                    ReadSegment(document, segmentStart, j - 1, titleCase, placeNames, commonWords, people, words);
                segmentStart = j + 1;
            }
        }
        commonWords.Release();
        ReleaseMask(masked, document.Tokens.Count);
        return people;
    }

    // The mask is kept per thread for the next article (one that a huge article grew is not kept) and cleared after use.
    private const int LargestKeptMask = 1 << 16;

    [ThreadStatic]
    private static bool[]? _mask;

    private static bool[] MaskOrganizations(ArticleDocument document, CancellationToken cancellationToken)
    {
        var length = document.Tokens.Count;
        var masked = _mask is { } kept && kept.Length >= length ? kept : new bool[Math.Max(length, 1024)];
        _mask = null;
        foreach (var mention in OrganizationFinder.Find(document, cancellationToken))
        {
            for (var t = mention.FirstToken; t <= mention.LastToken; t++)
                masked[t] = true;
        }
        return masked;
    }

    private static void ReleaseMask(bool[] masked, int length)
    {
        Array.Clear(masked, 0, length);
        if (masked.Length <= LargestKeptMask)
            _mask = masked;
    }

    // The words are read where they stand; a word becomes a string (a shared copy) only once it is part of the name.
    private static void ReadSegment(ArticleDocument document, int first, int last, TitleCaseParagraphs titleCase, TextSliceSet placeNames, CommonWords commonWords, PersonDirectory people, List<string> words)
    {
        // Most segments are one word ("But", "Washington", "Clinton"), which names someone only when the article named
        // them before or a lower-case role stands before it, whatever the word (see the evidence asked below): the rest
        // are turned away here, before the look-ups of each word.
        if (IsLoneWordOfNoOneKnown(document, first, last, people) && LowerCaseRoleBefore(document, first) is null)
            return;
        var tokens = document.Tokens;
        var text = document.Text;
        int titleStart = -1, titleEnd = -1, nameStart = -1;
        var honorific = false;
        words.Clear();
        // The name as written ("John F. Kerry") is its words joined by single spaces unless other characters stand between them.
        var nameEnd = -1;
        var writtenAsJoined = true;
        for (var j = first; j <= last; j++)
        {
            if (!tokens[j].IsWord)
                continue;
            var start = tokens[j].Start;
            var length = NameRunScanner.WordLength(document, j);
            var isOf = length == 2 && text[start] == 'o' && text[start + 1] == 'f';
            // "Secretary of State John F. Kerry": "of" between title words belongs to the title.
            if (isOf && nameStart < 0 && titleStart >= 0 && j + 1 <= last
                && Titles.IsTitleWord(text, tokens[j + 1].Start, NameRunScanner.WordLength(document, j + 1)))
                continue;
            if (isOf || (nameStart >= 0 && ReportingCues.IsCapitalisedVerb(text, start, length))
                || (words.Count is 2 or 3 && titleCase.IsTitleCase(document.ParagraphOfToken(j)) && IsHeadlineVerb(text, start, length, commonWords)))
            {
                // "Sen. John Harlan of South Dakota", a title-case headline "Glenn Beck Says Trump …",
                // "Ted Cruz Refuses to …": the name ends before the word.
                last = j - 1;
                break;
            }
            var isTitleWord = Titles.IsTitleWord(text, start, length);
            // "Tennis great Billie Jean King", "Rep. Steve King": a title word that ends the run after a name is its surname.
            if (nameStart >= 0 && isTitleWord && Titles.CanBeSurname(text, start, length) && IsLastWord(document, j, last) && people.Lookup(words) is null)
                isTitleWord = false;
            // "Billionaire Donald Trump", "Actor Clint Howard": a role word capitalised before a given name is a title.
            if (nameStart < 0 && !isTitleWord && Titles.IsRoleInAnyCase(text, start, length) && GivenNameNext(document, j, last))
                isTitleWord = true;
            if (nameStart >= 0 && isTitleWord)
            {
                // What came before a title was not the name ("Halden Chief Executive Sarah Whitcombe").
                nameStart = -1;
                words.Clear();
                honorific = false;
                titleStart = -1;
            }
            if (nameStart < 0)
            {
                if (isTitleWord)
                {
                    if (titleStart < 0 || titleEnd < j - 2 && !IsOfBetween(document, titleEnd, j))
                        titleStart = j;
                    titleEnd = j;
                    continue;
                }
                if (Titles.IsHonorific(text, start, length))
                {
                    honorific = true;
                    continue;
                }
                if (NonNames.Contains(text, start, length) || Gazetteer.IsDemonym(text, start, length, out _) || Gazetteer.IsPlaceName(text, start, length)
                    || placeNames.Contains(text, start, length) || WordShape.IsAllCapitals(text, start, length))
                {
                    titleStart = titleEnd = -1;
                    honorific = false;
                    continue;
                }
                nameStart = j;
                nameEnd = -1;
                writtenAsJoined = true;
            }
            var word = NameRunScanner.NameWordOf(document, j);
            if (nameEnd >= 0)
                writtenAsJoined &= start == nameEnd + 1 && text[nameEnd] == ' ';
            // An initial's dot ("F.") is written right after it, or the word is not the text's.
            writtenAsJoined &= word.Length == length || (start + length < text.Length && text[start + length] == '.');
            nameEnd = start + word.Length;
            words.Add(word);
        }
        if (nameStart < 0 || words.Count > MaxNameWords)
            return;
        // A name the article has not read before needs evidence that it is one (for a lone word such as "But" or
        // "Washington": a title, an honorific or a lower-case role before it); most candidates have none ("White House",
        // "New York Times"), and asking for it first spares them the checks of the name's words below, whose answer
        // cannot change the outcome then.
        var known = people.Lookup(words);
        if (known is null && !HasEvidence(document, first, last, titleStart, honorific, words))
            return;
        var nameText = tokens[nameStart].Start;
        // "Ian Read", "said Al From": a common word after a given name, or after a word the article never writes in lower case
        // ("Leading Democrats said", "Super Tuesday") next to a reporting verb, is the surname when it ends the name.
        var commonWordSurname = words.Count == 2 && !titleCase.IsTitleCase(document.ParagraphOfToken(nameStart)) && NonNames.Contains(words[1]) && NonNames.CanEndNameAt(document, last)
                                && (GivenNames.Contains(words[0])
                                    || (NextToReportingVerb(document, first, last) && !commonWords.ContainsLowerCaseOf(words[0])));
        if (!LooksLikeName(words, writtenAsJoined ? text : null, nameText, nameEnd - nameText, placeNames, commonWordSurname))
            return;

        if (known is not null)
        {
            known.Absorb(words, known.Title is null ? TitleOf(document, first, titleStart, titleEnd) : null);
            return;
        }
        // "President Executive Order": a lone word the article also writes in lower case is a common noun.
        if (words.Count == 1 && commonWords.ContainsLowerCaseOf(words[0]))
            return;
        var title = TitleOf(document, first, titleStart, titleEnd);
        var end = tokens[last].Start + NameRunScanner.WordLength(document, last);
        people.Add(new PersonEntity(words.ToArray(), title, nameText, end - nameText));
    }

    // A title (see TitleOf) or honorific before the name, or for two words or more a given name first, a reporting verb next
    // to it or a role in apposition after it.
    private static bool HasEvidence(ArticleDocument document, int first, int last, int titleStart, bool honorific, List<string> words) =>
        titleStart >= 0 || LowerCaseRoleBefore(document, first) is not null || honorific
        || (words.Count >= 2 && (GivenNames.Contains(words[0]) || NextToReportingVerb(document, first, last) || RoleInApposition(document, last)));

    // Whether the segment has one word, and the word as a name word is no surname of a person found so far.
    private static bool IsLoneWordOfNoOneKnown(ArticleDocument document, int first, int last, PersonDirectory people)
    {
        var tokens = document.Tokens;
        var word = -1;
        for (var j = first; j <= last; j++)
        {
            if (!tokens[j].IsWord)
                continue;
            if (word >= 0)
                return false;
            word = j;
        }
        if (word < 0)
            return false;
        var length = NameRunScanner.NameWordLength(document, word);
        return length >= 0 && !people.MayBeSurname(document.Text, tokens[word].Start, length);
    }

    // A capitalised word of a line in title case that is a verb the article also writes in lower case ("Refuses",
    // "Is", "Calls"), so not a surname ("Mary Ann Simmons Greets").
    private static bool IsHeadlineVerb(string text, int start, int length, CommonWords commonWords)
    {
        var word = text.Substring(start, length);
        var lower = word.ToLowerInvariant();
        return FiniteVerbs.IsVerb(lower) && commonWords.ContainsLowerCaseOf(word);
    }

    private static bool GivenNameNext(ArticleDocument document, int j, int last)
    {
        var tokens = document.Tokens;
        for (var k = j + 1; k <= last; k++)
        {
            if (tokens[k].IsWord)
                return GivenNames.Contains(document, tokens[k]);
        }
        return false;
    }

    // The last word of the segment, or the last before "of" ("Rep. Steve King of Iowa").
    private static bool IsLastWord(ArticleDocument document, int j, int last)
    {
        var tokens = document.Tokens;
        for (var k = j + 1; k <= last; k++)
        {
            if (tokens[k].IsWord)
                return document.Is(tokens[k], "of");
        }
        return true;
    }

    private static string? TitleOf(ArticleDocument document, int first, int titleStart, int titleEnd) =>
        titleStart >= 0 ? document.TextBetween(document.Tokens[titleStart].Start, TitleEnd(document, titleEnd)) : LowerCaseRoleBefore(document, first);

    private static bool IsOfBetween(ArticleDocument document, int titleEnd, int j) =>
        j - titleEnd == 2 && document.Is(document.Tokens[titleEnd + 1], "of");

    // The joined name is read in place when <paramref name="text"/> writes it so (joinedStart, joinedLength), else copied.
    private static bool LooksLikeName(List<string> words, string? text, int joinedStart, int joinedLength, TextSliceSet placeNames, bool commonWordSurname)
    {
        if (text is null)
        {
            text = string.Join(" ", words);
            joinedStart = 0;
            joinedLength = text.Length;
        }
        if (Gazetteer.IsPlaceName(text, joinedStart, joinedLength) || placeNames.Contains(text, joinedStart, joinedLength))
            return false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if ((NonNames.Contains(word) && !(commonWordSurname && i == words.Count - 1)) || OrganizationLexicon.IsHeadWord(word) || WordShape.IsAllCapitals(word)
                || (Titles.IsTitleWord(word) && !(i > 0 && i == words.Count - 1 && Titles.CanBeSurname(word))))
                return false;
        }
        // "Wall Street", "Trump Tower", "Cook County" are places.
        return !PlaceWords.Contains(words[words.Count - 1]);
    }

    // "Sen." ends after its dot.
    private static int TitleEnd(ArticleDocument document, int titleEnd)
    {
        var tokens = document.Tokens;
        var end = tokens[titleEnd].End;
        if (titleEnd + 1 < tokens.Count && !tokens[titleEnd + 1].SpaceBefore && document.Text[tokens[titleEnd + 1].Start] == '.'
            && Titles.IsAbbreviated(document.TextOf(tokens[titleEnd])))
            end++;
        return end;
    }

    private static string? LowerCaseRoleBefore(ArticleDocument document, int first)
    {
        if (first == 0)
            return null;
        var previous = document.Tokens[first - 1];
        if (!previous.IsWord || document.Tokens[first].LineBreakBefore)
            return null;
        return Titles.IsLowerCaseRole(document.Text, previous.Start, previous.Length) ? document.TextOf(previous) : null;
    }

    // "Dottie Deans, the chairwoman of …", "Ramil Carr, 31, a freelance photographer": a role in apposition says a person.
    private static bool RoleInApposition(ArticleDocument document, int last)
    {
        const int MaxModifiers = 4;
        var tokens = document.Tokens;
        var t = last + 1;
        if (t + 1 >= tokens.Count || !IsComma(document, t) || tokens[t].LineBreakBefore)
            return false;
        t++;
        // An age: "Ramil Carr, 31, a …"
        if (tokens[t].IsNumber && t + 2 < tokens.Count && IsComma(document, t + 1))
            t += 2;
        if (t < tokens.Count && tokens[t].IsWord && ClauseWords.IsDeterminer(document, tokens[t]))
            t++;
        for (var words = 0; t < tokens.Count && words < MaxModifiers && tokens[t].IsWord; t++, words++)
        {
            if (Titles.IsLowerCaseRole(document, tokens[t]))
                return true;
            // ", with top officials": a preposition or clause word starts no apposition.
            if (ClauseWords.IsPreposition(document, tokens[t]) || ClauseWords.IsClauseOpener(document, tokens[t]) || ReportingCues.IsVerb(document, tokens[t]))
                return false;
        }
        return false;
    }

    private static bool IsComma(ArticleDocument document, int t) => document.Tokens[t].IsPunctuation && document.Text[document.Tokens[t].Start] == ',';

    private static bool NextToReportingVerb(ArticleDocument document, int first, int last)
    {
        var tokens = document.Tokens;
        return (first > 0 && tokens[first - 1].IsWord && ReportingCues.IsVerb(document, tokens[first - 1]))
               || (last + 1 < tokens.Count && tokens[last + 1].IsWord && ReportingCues.IsVerb(document, tokens[last + 1]));
    }
}
