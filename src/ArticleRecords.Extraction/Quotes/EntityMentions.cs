using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Organizations;
using ArticleRecords.Extraction.People;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>
/// Every mention of the article's people and organisations in text order, so that a pronoun or a
/// description ("the senator", "the ministry") can find the name it refers back to.
/// </summary>
internal sealed class EntityMentions
{
    // How far back a pronoun or description looks, in mentions: bounds the work per quotation.
    private const int MaxLookBack = 400;

    // An article's mentions and names are read into tables kept per thread and given back by Release once its
    // quotations are attributed (tables that a huge article grew are not kept).
    private const int LargestKeptTable = 1 << 14;

    [ThreadStatic]
    private static Tables? _kept;

    private readonly PersonDirectory _people;

    // Null once released.
    private Tables? _tables;

    private EntityMentions(Tables tables, PersonDirectory people, Organization[] organizations)
    {
        _tables = tables;
        _people = people;
        foreach (var person in people.All)
            tables.PersonNames.Add(person.Name);
        var organizationsByName = tables.OrganizationsByName;
        var organizationsByLastWords = tables.OrganizationsByLastWords;
        foreach (var organization in organizations)
        {
            organizationsByName[organization.Name] = organization;
            // "Ministry" alone does not name it, but "Foreign Affairs Ministry" does.
            var space = organization.Name.IndexOf(' ');
            while (space > 0)
            {
                var tail = organization.Name.Substring(space + 1);
                if (tail.IndexOf(' ') > 0 && !organizationsByLastWords.ContainsKey(tail))
                    organizationsByLastWords[tail] = organization;
                space = organization.Name.IndexOf(' ', space + 1);
            }
            // A company is named without its legal suffix: "Halden" for "Halden Pharma Plc".
            if (CompanySuffixStart(organization.Name) is { } suffix)
            {
                var bare = organization.Name.Substring(0, suffix);
                organizationsByLastWords[bare] = organization;
                var firstSpace = bare.IndexOf(' ');
                if (firstSpace > 0 && !organizationsByLastWords.ContainsKey(bare.Substring(0, firstSpace)))
                    organizationsByLastWords[bare.Substring(0, firstSpace)] = organization;
            }
        }
    }

    private Tables Read => _tables ?? throw new InvalidOperationException("The mentions were released.");

    public bool IsPersonName(string name) => Read.PersonNames.Contains(name);

    /// <summary>The title the article gives the person so named ("Sen."), if any.</summary>
    public string? TitleOf(string name)
    {
        foreach (var person in _people.All)
        {
            if (person.Name == name)
                return person.Title;
        }
        return null;
    }

    /// <summary>Whether a person the article names has this surname.</summary>
    public bool IsSurname(string word) => Read.Surnames.Contains(word);

    public bool IsOrganizationName(string name) =>
        Read.OrganizationsByName.ContainsKey(name) || Read.OrganizationsByLastWords.ContainsKey(name)
        || OrganizationLexicon.TryExpandAcronym(name, out _) || OrganizationLexicon.TryFixedName(name, out _);

    public IReadOnlyList<EntityMention> All => Read.Mentions;

    /// <summary>The gender an honorific ("Mrs. Clinton") or the given name suggests for a person, if any.</summary>
    public NameGender GenderOf(string name)
    {
        if (Read.Genders.TryGetValue(name, out var gender))
            return gender;
        var space = name.IndexOf(' ');
        return space > 0 ? GivenNames.GenderOf(name, 0, space) : NameGender.Unknown;
    }

    public static EntityMentions Build(ArticleDocument document, Person[] people, Organization[] organizations, IReadOnlyList<OrganizationMention> orgMentions, CancellationToken cancellationToken)
    {
        var entities = PersonExtractor.DirectoryOf(document, people) ?? DirectoryOf(people);
        var tables = _kept ?? new Tables();
        _kept = null;

        // Most runs name nobody the article knows: their last word is no known surname.
        var words = tables.Words;
        words.Clear();
        foreach (var person in entities.All)
            words.Add(person.Surname);
        var surnames = tables.Surnames;
        surnames.ClearToWords(words);
        var mentions = tables.Mentions;
        var genders = tables.Genders;
        var orgIndex = 0;
        var runs = NameRunScanner.Scan(document, cancellationToken);
        var tokens = document.Tokens;
        var text = document.Text;
        for (var r = 0; r < runs.Length; r++)
        {
            if ((r & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var run = runs[r];
            while (orgIndex < orgMentions.Count && orgMentions[orgIndex].LastToken < run.First)
                orgIndex++;
            for (var o = orgIndex; o < orgMentions.Count && orgMentions[o].FirstToken <= run.Last; o++)
                mentions.Add(new EntityMention(orgMentions[o].Start, orgMentions[o].End, orgMentions[o].Name, false, null));

            // A person mention: the run's words after any title, ending at "of".
            if (!EndsWithSurname(document, run, surnames, out var surnameToken))
                continue;
            words.Clear();
            int start = -1, end = -1;
            var honorificGender = NameGender.Unknown;
            for (var t = run.First; t <= run.Last; t++)
            {
                if (!tokens[t].IsWord)
                    continue;
                var wordStart = tokens[t].Start;
                var wordLength = NameRunScanner.WordLength(document, t);
                if (wordLength == 2 && text[wordStart] == 'o' && text[wordStart + 1] == 'f')
                    break;
                // "King said" where the article names Billie Jean King: a title word that is a known surname ends the name.
                // "From said" where the article names Al From: so may a common word, before a verb or punctuation. Each is
                // asked only of a title word or a common word.
                if ((Titles.IsTitleWord(text, wordStart, wordLength) && !(t == surnameToken && Titles.CanBeSurname(text, wordStart, wordLength)))
                    || Titles.IsHonorific(text, wordStart, wordLength)
                    || (NonNames.Contains(text, wordStart, wordLength) && !(t == surnameToken && NonNames.CanEndNameAt(document, t))))
                {
                    honorificGender = HonorificGender(text, wordStart, wordLength);
                    words.Clear();
                    start = -1;
                    continue;
                }
                if (start < 0)
                    start = wordStart;
                end = wordStart + wordLength;
                words.Add(NameRunScanner.NameWordOf(document, t));
            }
            if (words.Count > 0 && entities.Lookup(words) is { } found)
            {
                var person = Namesake(found, words, tables.LastNamedBySurname, AfterOf(document, run.First));
                mentions.Add(new EntityMention(start, end, person.Name, true, person.Title));
                if (honorificGender != NameGender.Unknown)
                    genders[person.Name] = honorificGender;
            }
        }
        // Sorted where they were gathered, as an array of them would be (List.Sort is Array.Sort on its items). They are
        // gathered mostly in order: already in strictly increasing order, any sort would leave them so, and they are not
        // sorted (with equal starts the sort, which is not stable, is left to order them as it does).
        if (!IsInStrictOrder(mentions))
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new EntityMentions(tables, entities, organizations);
    }

    private static bool IsInStrictOrder(List<EntityMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i - 1].Start >= mentions[i].Start)
                return false;
        }
        return true;
    }

    // "Clinton" where the article names Hillary Clinton and Bill Clinton: the namesake named in full most recently before, else
    // the one the article names first. A fuller mention says which namesake is meant from there on.
    private static PersonEntity Namesake(PersonEntity latest, List<string> words, Dictionary<string, PersonEntity> lastNamed, bool related)
    {
        if (words.Count > 1)
        {
            // "Patricia Smith, mother of Benghazi victim Sean Smith, …": a namesake named as a relation is not who "Smith" means next.
            if (!related)
                lastNamed[latest.Surname] = latest;
            return latest;
        }
        if (latest.PreviousNamesake is null)
            return latest;
        if (lastNamed.TryGetValue(latest.Surname, out var named))
            return named;
        var first = latest;
        for (var p = latest.PreviousNamesake; p is not null; p = p.PreviousNamesake)
        {
            if (p.IsNamedBy(words))
                first = p;
        }
        return first;
    }

    // Whether "of" stands a few words before the run, no punctuation between ("mother of Benghazi victim Sean Smith").
    private static bool AfterOf(ArticleDocument document, int first)
    {
        const int MaxWordsBetween = 3;
        var tokens = document.Tokens;
        for (var t = first - 1; t >= 0 && first - t <= MaxWordsBetween + 1; t--)
        {
            if (!tokens[t].IsWord)
                return false;
            if (document.Is(tokens[t], "of"))
                return true;
        }
        return false;
    }

    /// <summary>Hands the tables back for the thread's next article; this instance is not asked again.</summary>
    public void Release()
    {
        var tables = _tables;
        _tables = null;
        if (tables is null || !tables.SmallEnoughToKeep)
            return;
        tables.Clear();
        _kept = tables;
    }

    // The same as the directory the people were found with: a person's name words are its name's words.
    private static PersonDirectory DirectoryOf(Person[] people)
    {
        var entities = new PersonDirectory();
        foreach (var person in people)
            entities.Add(new PersonEntity(person.Name.Split(' '), person.Title, person.Start, person.Length));
        return entities;
    }

    // Whether the run's last word before any "of" may end a known person's name (as the words after its titles do).
    private static bool EndsWithSurname(ArticleDocument document, NameRun run, TextSliceSet surnames, out int last)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        last = -1;
        for (var t = run.First; t <= run.Last; t++)
        {
            if (!tokens[t].IsWord)
                continue;
            var length = NameRunScanner.WordLength(document, t);
            if (length == 2 && text[tokens[t].Start] == 'o' && text[tokens[t].Start + 1] == 'f')
                break;
            last = t;
        }
        if (last < 0)
            return false;
        var nameWordLength = NameRunScanner.NameWordLength(document, last);
        return nameWordLength < 0 || surnames.Contains(text, tokens[last].Start, nameWordLength);
    }

    private static NameGender HonorificGender(string text, int start, int length) =>
        IsText(text, start, length, "Mr") ? NameGender.Male
        : IsText(text, start, length, "Mrs") || IsText(text, start, length, "Ms") || IsText(text, start, length, "Miss") ? NameGender.Female
        : NameGender.Unknown;

    private static bool IsText(string text, int start, int length, string value) =>
        length == value.Length && string.CompareOrdinal(text, start, value, 0, length) == 0;

    /// <summary>The person or organisation a capitalised name refers to, by its words (titles dropped).</summary>
    public EntityMention? Named(IReadOnlyList<string> words, int before)
    {
        if (words.Count == 0)
            return null;
        var person = _people.Lookup(words);
        if (person is not null)
        {
            // The latest person with that surname named before the cue: "Clinton" after both Clintons.
            var surname = words[words.Count - 1];
            foreach (var mention in Before(before))
            {
                if (mention.IsPerson && EndsWithWord(mention.Name, surname) && (words.Count == 1 || mention.Name == person.Name))
                    return mention;
            }
            return new EntityMention(person.Start, person.Start + person.Length, person.Name, true, person.Title);
        }
        var joined = string.Join(" ", words);
        if (Read.OrganizationsByName.TryGetValue(joined, out var organization) || Read.OrganizationsByLastWords.TryGetValue(joined, out organization))
            return new EntityMention(organization.Start, organization.Start + organization.Length, organization.Name, false, null);
        if (OrganizationLexicon.TryExpandAcronym(joined, out var expanded) || OrganizationLexicon.TryFixedName(joined, out expanded))
            return new EntityMention(0, 0, expanded, false, null);
        return null;
    }

    /// <summary>The most recent person mentioned before <paramref name="offset"/> that a pronoun of <paramref name="gender"/> can refer to.</summary>
    public EntityMention? LastPersonBefore(int offset, NameGender gender) => LastPersonBefore(offset, gender, skipFrom: 0, skipTo: 0);

    /// <summary>The same, not counting the mentions between <paramref name="skipFrom"/> and <paramref name="skipTo"/> (a quotation's own words).</summary>
    public EntityMention? LastPersonBefore(int offset, NameGender gender, int skipFrom, int skipTo)
    {
        foreach (var mention in Before(offset))
        {
            if (mention.IsPerson && (mention.Start < skipFrom || mention.Start >= skipTo) && Fits(mention.Name, gender))
                return mention;
        }
        return null;
    }

    /// <summary>The most recent person before <paramref name="offset"/> other than <paramref name="name"/>.</summary>
    public EntityMention? LastOtherPersonBefore(int offset, string name)
    {
        foreach (var mention in Before(offset))
        {
            if (mention.IsPerson && mention.Name != name)
                return mention;
        }
        return null;
    }

    /// <summary>Whether a pronoun of <paramref name="gender"/> can refer to the person.</summary>
    public bool Fits(string name, NameGender gender)
    {
        if (gender == NameGender.Unknown)
            return true;
        var known = GenderOf(name);
        return known == NameGender.Unknown || known == gender;
    }

    /// <summary>The most recent person before <paramref name="offset"/> whose title fits the description's head ("senator" fits "Sen.").</summary>
    public EntityMention? LastPersonTitled(string head, int offset)
    {
        foreach (var mention in Before(offset))
        {
            if (mention.IsPerson && mention.Title is { } title && Titles.DescriptionFits(head, title))
                return mention;
        }
        return null;
    }

    /// <summary>The most recent organisation before <paramref name="offset"/> whose name holds the description's head ("ministry").</summary>
    public EntityMention? LastOrganizationWith(string head, int offset)
    {
        foreach (var mention in Before(offset))
        {
            if (!mention.IsPerson && HeadFitsOrganization(head, mention.Name))
                return mention;
        }
        return null;
    }

    // The searches above read the mentions in a loop of their own rather than through a callback, which would be a
    // closure and a delegate per question.
    private RecentMentions Before(int offset)
    {
        var mentions = Read.Mentions;
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (mentions[mid].Start < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return new RecentMentions(mentions, low);
    }

    /// <summary>The mentions before an index, latest first, as far back as <see cref="MaxLookBack"/>; enumerated without allocating.</summary>
    private struct RecentMentions
    {
        private readonly List<EntityMention> _mentions;
        private readonly int _end;
        private int _index;

        public RecentMentions(List<EntityMention> mentions, int end)
        {
            _mentions = mentions;
            _end = end;
            _index = end;
        }

        public readonly EntityMention Current => _mentions[_index];

        public readonly RecentMentions GetEnumerator() => this;

        public bool MoveNext() => --_index >= 0 && _end - _index <= MaxLookBack;
    }

    private static bool HeadFitsOrganization(string head, string name)
    {
        // "the ministry" is the Kazakh Foreign Affairs Ministry, but "the platform" is not the Platform Committee.
        if (name.Equals(head, StringComparison.OrdinalIgnoreCase) || EndsWithSpacedWord(name, head, StringComparison.OrdinalIgnoreCase))
            return true;
        return head switch
        {
            "company" or "firm" or "drugmaker" or "group" or "carrier" or "bank" or "lender" or "insurer" or "retailer" =>
                EndsWithAny(name, " Inc", " Corp", " Co", " Ltd", " Plc", " PLC", " LLC", " Group", " Company", " Corporation", " AG", " SA"),
            "agency" or "bureau" or "department" or "ministry" or "office" or "administration" => false,
            "network" or "newspaper" or "paper" or "outlet" or "channel" or "broadcaster" =>
                EndsWithAny(name, " News", " Times", " Post", " Journal", " Network", " Tribune", " Herald", "CNN", "NBC", "ABC", "CBS", "BBC"),
            "party" => name.EndsWith(" Party", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static readonly string[] CompanySuffixes = { " Inc", " Corp", " Co", " Ltd", " Plc", " PLC", " LLC", " Group", " AG", " SA" };

    private static int? CompanySuffixStart(string name)
    {
        foreach (var suffix in CompanySuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
                return name.Length - suffix.Length;
        }
        return null;
    }

    private static bool EndsWithAny(string name, params string[] endings)
    {
        foreach (var ending in endings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool EndsWithWord(string name, string word) => name == word || EndsWithSpacedWord(name, word, StringComparison.Ordinal);

    // name.EndsWith(" " + word), without building " " + word.
    private static bool EndsWithSpacedWord(string name, string word, StringComparison comparison) =>
        name.Length > word.Length && name[name.Length - word.Length - 1] == ' '
        && string.Compare(name, name.Length - word.Length, word, 0, word.Length, comparison) == 0;

    /// <summary>What an article's mentions are read into; kept per thread between articles.</summary>
    private sealed class Tables
    {
        public List<EntityMention> Mentions { get; } = new();

        public HashSet<string> PersonNames { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Organization> OrganizationsByName { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Organization> OrganizationsByLastWords { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, NameGender> Genders { get; } = new(StringComparer.Ordinal);

        public TextSliceSet Surnames { get; } = new();

        // The person each surname's latest fuller mention named, while the mentions are read in order.
        public Dictionary<string, PersonEntity> LastNamedBySurname { get; } = new(StringComparer.Ordinal);

        // The words of the name being read (and, before the runs are read, the surnames).
        public List<string> Words { get; } = new();

        // The tables' capacities grow with their counts, which a kept table never let pass the limit.
        public bool SmallEnoughToKeep =>
            Mentions.Capacity <= LargestKeptTable && Words.Capacity <= LargestKeptTable && Surnames.Capacity <= 2 * LargestKeptTable
            && PersonNames.Count <= LargestKeptTable && OrganizationsByName.Count <= LargestKeptTable
            && OrganizationsByLastWords.Count <= LargestKeptTable && Genders.Count <= LargestKeptTable
            && LastNamedBySurname.Count <= LargestKeptTable;

        public void Clear()
        {
            Mentions.Clear();
            PersonNames.Clear();
            OrganizationsByName.Clear();
            OrganizationsByLastWords.Clear();
            Genders.Clear();
            Words.Clear();
            LastNamedBySurname.Clear();
        }
    }
}
