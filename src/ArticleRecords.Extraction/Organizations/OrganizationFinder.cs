using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>
/// Finds every mention of an organisation inside runs of capitalised words: known acronyms
/// ("UN" is the United Nations), fixed names ("White House", "Senate"), and runs ending in a
/// head word ("Kazakh Foreign Affairs Ministry", "Halden Pharma Plc", "Ministry of Foreign Affairs").
/// A leading "The" is not part of the name; words after the head word (a title, a name) are left
/// for people.
/// </summary>
internal static class OrganizationFinder
{
    // No organisation's name runs longer; bounds the work on a long run of capitalised words.
    private const int MaxNameTokens = 16;

    /// <summary>
    /// The organisation mentions of the document, in text order. The organisations list, the people finder (which
    /// masks these mentions) and the speaker rules all ask for them: they are found once per document, and every
    /// caller for one document gets the same list: read it, never change it.
    /// </summary>
    public static List<OrganizationMention> Find(ArticleDocument document, CancellationToken cancellationToken) =>
        document.OrganizationMentions ??= FindUncached(document, cancellationToken);

    /// <summary>Finds the mentions anew, without asking or filling the per-document memory (for measuring).</summary>
    public static List<OrganizationMention> FindUncached(ArticleDocument document, CancellationToken cancellationToken)
    {
        var runs = NameRunScanner.Scan(document, cancellationToken);
        var titleCase = document.TitleCaseParagraphs;
        var unknownAcronyms = new List<int>();

        // Body text first: its names vouch for the names a title-case line holds ("Trump Heard What His Fox News").
        var body = new List<OrganizationMention>();
        var consumedUntil = 0;
        for (var r = 0; r < runs.Length; r++)
        {
            if ((r & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (!titleCase.IsTitleCase(document.ParagraphOfToken(runs[r].First)))
                FindInRun(document, runs[r], body, null, unknownAcronyms, ref consumedUntil);
        }

        HashSet<string>? bodyNames = null;
        var titled = new List<OrganizationMention>();
        consumedUntil = 0;
        for (var r = 0; r < runs.Length; r++)
        {
            if ((r & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (titleCase.IsTitleCase(document.ParagraphOfToken(runs[r].First)))
                FindInRun(document, runs[r], titled, bodyNames ??= NamesAsWritten(document, body), unknownAcronyms, ref consumedUntil);
        }

        var mentions = MentionOrder.Merge(body, titled);
        mentions = MentionOrder.Merge(mentions, AcronymDefinitions.Resolve(document, mentions, unknownAcronyms, cancellationToken));
        OrganizationGroups.UseFullestNames(mentions);
        return mentions;
    }

    private static HashSet<string> NamesAsWritten(ArticleDocument document, List<OrganizationMention> mentions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var length = mention.End - mention.Start;
            var asWritten = mention.Name.Length == length && string.CompareOrdinal(document.Text, mention.Start, mention.Name, 0, length) == 0;
            names.Add(asWritten ? mention.Name : document.TextBetween(mention.Start, mention.End));
        }
        return names;
    }

    // In a title-case line (vouched is not null) a headed name counts only as far as body text or the lexicon
    // confirms it: every word there is capitalised, so the run says nothing about where the name starts.
    private static void FindInRun(ArticleDocument document, NameRun run, List<OrganizationMention> mentions, HashSet<string>? vouched, List<int> unknownAcronyms, ref int consumedUntil)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var k = run.First;
        // Found when first needed; a name with no head word after k has none.
        var lastHeadWord = NotYetFound;
        while (k <= run.Last)
        {
            // A joined name ("Food and Drug Administration") may reach over the runs after its own.
            if (tokens[k].Start < consumedUntil)
            {
                k++;
                continue;
            }
            if (JoinedNames.TryMatch(document, k, out var joinedEnd, out var joinedName))
            {
                mentions.Add(new OrganizationMention(joinedName, k, joinedEnd, tokens[k].Start, tokens[joinedEnd].End));
                consumedUntil = tokens[joinedEnd].End;
                k = joinedEnd + 1;
                continue;
            }
            var token = tokens[k];
            // A run may go on over a connector ("Shares of Tolvern Mining Corp"); no name starts with one.
            if (!token.IsWord || !char.IsUpper(text[token.Start]) || IsModifierWord(text, token.Start, token.Length)
                || LeadingDescriptors.Contains(document, token)
                || (PartyWords.Contains(document, token) && IsBeforeLegislature(document, k, run.Last))
                || (NonNames.Contains(document, token) && !PartyWords.Contains(document, token) && !OrganizationLexicon.TryExpandAcronym(text, token.Start, token.Length, out _)))
            {
                k++;
                continue;
            }
            if (lastHeadWord == NotYetFound)
                lastHeadWord = LastHeadWord(document, run);
            var end = k <= lastHeadWord ? HeadedNameEnd(document, k, run.Last) : -1;
            // "Blair Effron of Centerview Partners": words before an "of" that precedes the head are a person's.
            if (end >= k && OfBeforeHead(document, k, end) is var of && of > k)
            {
                k = of + 1;
                continue;
            }
            if (end >= k)
            {
                var nameStart = token.Start;
                var nameLength = WordEnd(document, end) - nameStart;
                if (vouched is not null && !vouched.Contains(document.TextBetween(nameStart, nameStart + nameLength))
                    && !OrganizationLexicon.TryFixedName(text, nameStart, nameLength, out _))
                {
                    k++;
                    continue;
                }
                if (!Places.Gazetteer.IsPlaceName(text, nameStart, nameLength))
                {
                    var first = OrdinalBefore(document, k, nameStart, nameLength);
                    var last = NameTail.End(document, end, nameStart, nameLength);
                    var mentionStart = tokens[first].Start;
                    var mentionEnd = WordEnd(document, last);
                    mentions.Add(new OrganizationMention(document.TextBetween(mentionStart, mentionEnd), first, last, mentionStart, mentionEnd));
                    if (last > run.Last)
                    {
                        consumedUntil = tokens[last].End;
                        return;
                    }
                }
                k = end + 1;
                continue;
            }
            if (TryFixedOrAcronym(document, k, run.Last, out var fixedEnd, out var fixedName) && !IsHouseOfAnotherName(document, run, k, fixedName))
            {
                mentions.Add(new OrganizationMention(fixedName, k, fixedEnd, tokens[k].Start, WordEnd(document, fixedEnd)));
                k = fixedEnd + 1;
                continue;
            }
            if (AcronymShape.IsCandidate(document, k))
                unknownAcronyms.Add(k);
            k++;
        }
    }

    // "Sydney Opera House", "Melville House", "Full House": a house after an unknown capitalised word is a
    // building, a publisher or a show; after a place, a party or a describing word it is a chamber.
    private static bool IsHouseOfAnotherName(ArticleDocument document, NameRun run, int k, string name)
    {
        if (name != "House" || k == run.First || !document.Tokens[k - 1].IsWord)
            return false;
        var previous = NameRunScanner.WordOf(document, k - 1);
        return !(NonNames.Contains(previous) || LeadingDescriptors.Contains(previous) || PartyWords.Contains(previous) || previous is "State" or "U.S" or "US"
                 || Places.Gazetteer.IsPlaceName(previous) || Places.Gazetteer.IsDemonym(previous, out _));
    }

    // "Top Senate Democrats", "Former AG": words describing, not naming, at the front of a run.
    private static readonly SliceSet LeadingDescriptors = new(new[]
    {
        "Top", "Former", "Senior", "Then", "Rival", "Powerful", "Influential", "Embattled",
    });

    private static readonly SliceSet PartyWords = new(new[] { "Democratic", "Republican" });

    private static readonly SliceSet Legislatures = new(new[] { "Senate", "House", "Congress", "Legislature", "Assembly" });

    private static readonly SliceSet PersonTitleStarts = new(new[]
    {
        "Chairman", "Chairwoman", "Chair", "Secretary", "Minister", "Director", "Spokesman", "Spokeswoman", "Spokesperson",
        "Chief", "Leader", "President", "Sen", "Rep", "Gov", "Mr", "Mrs", "Ms", "Dr", "Commissioner", "Executive",
        "Majority", "Minority",
    });

    // "the Republican Senate", "a Democratic Congress": the party holds the chamber; the chamber is the organisation.
    private static bool IsBeforeLegislature(ArticleDocument document, int k, int last)
    {
        if (k + 1 > last || !document.Tokens[k + 1].IsWord)
            return false;
        return Legislatures.Contains(document.Text, document.Tokens[k + 1].Start, WordLength(document, k + 1));
    }

    // "Alabama-based Phil Waldrep Ministries", "Clinton-backing Senate": a word ending in a lower-case
    // compound describes the organisation and is no part of its name.
    private static bool IsModifierWord(string text, int start, int length)
    {
        // Read back by hand: words are short, and most hold no hyphen.
        var hyphen = start + length - 1;
        while (hyphen >= start && text[hyphen] != '-')
            hyphen--;
        return hyphen > start && hyphen + 1 < start + length && char.IsLower(text[hyphen + 1]);
    }

    // "Deputy Assistant AG" is an attorney general, not a company ("Siemens AG").
    private static bool IsTitleAbbreviation(ArticleDocument document, int j, int from) =>
        (IsText(document, j, "AG") || IsText(document, j, "SA")) && j > from && NameRunScanner.WordOf(document, j - 1) is var previous
        && (Titles.IsTitleWord(previous) || previous is "Assistant" or "Deputy" or "Acting" or "Principal" or "Associate");

    // "the 9th U.S. Circuit Court of Appeals": an ordinal right before a court's name belongs to it.
    // The tokenizer reads "9th" as the number "9" and the word "th".
    private static int OrdinalBefore(ArticleDocument document, int k, int nameStart, int nameLength)
    {
        var text = document.Text;
        if (k < 2 || (text.IndexOf("Court", nameStart, nameLength, StringComparison.Ordinal) < 0
                      && text.IndexOf("Circuit", nameStart, nameLength, StringComparison.Ordinal) < 0))
            return k;
        var tokens = document.Tokens;
        var suffix = tokens[k - 1];
        var number = tokens[k - 2];
        if (!tokens[k].SpaceBefore || suffix.SpaceBefore || !number.IsNumber || !document.SameParagraph(k - 2, k))
            return k;
        return document.Is(suffix, "st") || document.Is(suffix, "nd") || document.Is(suffix, "rd") || document.Is(suffix, "th") ? k - 2 : k;
    }

    // A head word alone is a common noun or a fixed name ("Press", "Congress"), so the head must follow
    // another word. The last head word of the run from k, extended over "of ..." ("Ministry of Foreign Affairs"),
    // and stopping before title words that start a person's title after it.
    private static int HeadedNameEnd(ArticleDocument document, int from, int last)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = -1;
        var extendingOf = false;
        var stop = Math.Min(last, from + MaxNameTokens - 1);
        for (var j = from; j <= stop; j++)
        {
            if (!tokens[j].IsWord)
                continue;
            var start = tokens[j].Start;
            var length = WordLength(document, j);
            // "Yellen The Federal Reserve", "Clinton-run State Department": the name starts after these.
            if (j > from && (PersonTitleStarts.Contains(text, start, length) || IsText(document, j, "The") || IsModifierWord(text, start, length)))
                break;
            if ((j > from || IsFollowedByOf(document, j, last)) && OrganizationLexicon.IsHeadWord(text, start, length) && !IsTitleAbbreviation(document, j, from))
            {
                end = j;
                extendingOf = false;
            }
            else if (end >= 0 && (extendingOf || IsOfContinuation(document, end, j)))
            {
                end = j;
                extendingOf = true;
            }
            if (NameRunScanner.EndsPossessive(document, j))
                break;
        }
        return end;
    }

    private const int NotYetFound = -2;

    // The last word of the run that is a head word, or -1: HeadedNameEnd finds no name from a word after it, and most
    // runs (people's names) hold none, which one look-up per word tells.
    private static int LastHeadWord(ArticleDocument document, NameRun run)
    {
        var tokens = document.Tokens;
        for (var j = run.Last; j >= run.First; j--)
        {
            if (tokens[j].IsWord && OrganizationLexicon.IsHeadWord(document.Text, tokens[j].Start, WordLength(document, j)))
                return j;
        }
        return -1;
    }

    private static int OfBeforeHead(ArticleDocument document, int from, int end)
    {
        var tokens = document.Tokens;
        for (var j = from; j <= end; j++)
        {
            if (!tokens[j].IsWord)
                continue;
            if (document.Is(tokens[j], "of"))
                return j;
            if (OrganizationLexicon.IsHeadWord(document.Text, tokens[j].Start, WordLength(document, j)) && (j > from || IsFollowedByOf(document, j, end)))
                return -1;
        }
        return -1;
    }

    private static bool IsFollowedByOf(ArticleDocument document, int j, int last) =>
        j + 1 <= last && document.Tokens[j + 1].IsWord && document.Is(document.Tokens[j + 1], "of");

    // After "Ministry of", capitalised words still belong to the name.
    private static bool IsOfContinuation(ArticleDocument document, int headEnd, int j)
    {
        var tokens = document.Tokens;
        for (var t = headEnd + 1; t < j; t++)
        {
            if (tokens[t].IsWord && document.Is(tokens[t], "of"))
                return true;
        }
        return false;
    }

    private static bool TryFixedOrAcronym(ArticleDocument document, int k, int last, out int end, out string name)
    {
        var tokens = document.Tokens;
        for (var length = OrganizationLexicon.LongestFixedName; length >= 1; length--)
        {
            var lastWord = k + length - 1;
            if (lastWord > last || !tokens[lastWord].IsWord)
                continue;
            var start = tokens[k].Start;
            var wordsLength = WordEnd(document, lastWord) - start;
            if (OrganizationLexicon.TryFixedName(document.Text, start, wordsLength, out name)
                || (length == 1 && OrganizationLexicon.TryExpandAcronym(document.Text, start, wordsLength, out name) && !AcronymShape.IsInCapitalsText(document, k)
                    && (!OrganizationLexicon.NeedsDeterminer(document.Text, start, wordsLength) || AfterThe(document, k))))
            {
                end = lastWord;
                return true;
            }
        }
        end = -1;
        name = "";
        return false;
    }

    private static bool AfterThe(ArticleDocument document, int k) =>
        k > 0 && !document.Tokens[k].LineBreakBefore && document.Is(document.Tokens[k - 1], "the", ignoreCase: true);

    private static int WordEnd(ArticleDocument document, int index) => document.Tokens[index].Start + WordLength(document, index);

    // The length of NameRunScanner.WordOf, without copying the word: the token without a possessive 's.
    private static int WordLength(ArticleDocument document, int index) =>
        document.Tokens[index].Length - (NameRunScanner.EndsPossessive(document, index) ? 2 : 0);

    // Whether the word at index, without a possessive, is exactly the given text.
    private static bool IsText(ArticleDocument document, int index, string word) =>
        WordLength(document, index) == word.Length && string.CompareOrdinal(document.Text, document.Tokens[index].Start, word, 0, word.Length) == 0;
}
