using System;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>Words that make up a person's title or role when written before the name.</summary>
internal static class Titles
{
    // Abbreviated titles are written with a dot ("Sen.", "Gov."); the dot is its own token.
    private static readonly string[] AbbreviatedWords =
    {
        "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Capt", "Cmdr", "Adm", "Maj", "Sgt", "Cpl", "Pvt", "Dr", "Prof",
        "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec", "Cmdr", "Msgr", "Fr",
    };

    private static readonly string[] FullWords =
    {
        "President", "Vice", "Prime", "Minister", "Premier", "Chancellor", "Senator", "Representative", "Congressman",
        "Congresswoman", "Governor", "Mayor", "Secretary", "Secretary-General", "King", "Queen", "Prince", "Princess",
        "Pope", "Emir", "Sheikh", "Crown", "Judge", "Justice", "Chief", "Executive", "Officer", "Director", "Chairman",
        "Chairwoman", "Chair", "Leader", "Majority", "Minority", "Whip", "Attorney", "General", "Ambassador",
        "Commissioner", "Superintendent", "Sheriff", "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Foreign",
        "Defense", "Defence", "Finance", "Interior", "Press", "State", "Homeland", "Security", "Treasury", "Health",
        "Energy", "Trade", "Labor", "Education", "Commerce", "Transportation", "Agriculture", "Acting", "Senior",
        "Lieutenant", "Colonel", "Captain", "Sergeant", "Admiral", "Commander", "Professor", "Doctor", "Reverend",
        "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Councilman", "Councilwoman", "Committeeman", "Committeewoman", "Councillor", "Alderman",
        "Comptroller", "Auditor", "Treasurer", "Founder", "Co-Founder", "Chief-of-Staff", "Speaker", "Assemblyman",
        "Assemblywoman", "Delegate", "Lawmaker", "Economist", "Analyst", "Coach", "Manager", "Editor", "Anchor",
        "Host", "Reporter", "Correspondent", "Adviser", "Advisor", "Counsel", "Solicitor", "Prosecutor", "Inspector",
        "Detective", "Officer", "Agent", "Candidate", "Nominee", "President-elect", "Vice-President", "Dame", "Sir",
        "Lord", "Lady", "Baroness", "Father", "Sister", "Brother", "CEO", "CFO", "COO",
    };

    // Lower-case role words that stand before a name as a title ("spokeswoman Haley Morris").
    private static readonly string[] LowerCaseRoleWords =
    {
        "spokesman", "spokeswoman", "spokesperson", "senator", "president", "governor", "mayor", "secretary",
        "minister", "candidate", "nominee", "director", "chairman", "chairwoman", "adviser", "advisor", "strategist",
        "pollster", "economist", "analyst", "attorney", "lawyer", "judge", "host", "anchor", "reporter",
        "correspondent", "columnist", "commentator", "businessman", "businesswoman", "billionaire", "rival",
        "challenger", "leader", "lawmaker", "congressman", "congresswoman", "representative", "official",
        "officer", "chief", "executive", "founder", "manager", "aide", "ambassador", "commissioner", "sheriff",
        "professor", "historian", "activist", "author", "writer", "actor", "actress", "singer", "comedian",
        "ally", "supporter", "friend", "critic", "employee", "voter", "resident", "student", "volunteer", "delegate",
        "donor", "fundraiser", "operative", "staffer", "organizer", "consultant", "scientist", "expert", "researcher",
        "superdelegate", "surrogate", "chairwoman", "president-elect", "co-founder", "partner", "owner", "lobbyist",
        "physician", "doctor", "nurse", "teacher", "pastor", "priest", "prosecutor", "mother", "father", "spokesmen", "veteran",
        "co-host", "co-chair", "moderator", "interviewer", "panelist", "co-author", "biographer", "biographers", "aides", "allies", "advisers", "advisors",
        "officials", "lawyers", "attorneys", "supporters", "critics", "members", "member", "staffers", "voters",
        "spokespeople", "strategists", "analysts", "economists", "experts", "leaders", "lawmakers", "senators",
        "wife", "husband", "son", "daughter", "brother", "sister", "widow", "chaplain", "commentator", "contributor",
        "journalist", "editor", "photographer", "blogger", "politician", "engineer", "filmmaker", "producer", "publisher",
        "lecturer", "diplomat", "entrepreneur", "investor", "banker", "farmer", "artist", "musician", "novelist", "poet",
        "psychologist", "sociologist", "demographer", "retiree", "salesman", "saleswoman", "rabbi",
        "imam", "bishop", "evangelist", "nephew", "niece", "cousin", "grandson", "granddaughter",
        "stepfather", "stepmother", "girlfriend", "boyfriend", "technician", "coach", "athlete", "architect", "designer",
        "chef", "pilot",
    };

    private static readonly SliceSet LowerCaseRoles = new(LowerCaseRoleWords);

    // The same words in any case, for one that opens a sentence before a name ("Billionaire Donald Trump").
    private static readonly SliceSet RolesInAnyCase = new(LowerCaseRoleWords, ignoreCase: true);

    /// <summary>Honorifics show that a name follows but are not titles: "Mr. Trump" has no title.</summary>
    private static readonly SliceSet Honorifics = new(new[] { "Mr", "Mrs", "Ms", "Miss", "Mx", "Messrs" });

    private static readonly SliceSet Abbreviated = new(AbbreviatedWords);

    // Title words that are also common surnames ("Billie Jean King", "Rob Bishop", "Patty Judge").
    private static readonly SliceSet Surnames = new(new[] { "King", "Prince", "Pope", "Judge", "Justice", "Bishop", "Chancellor" });

    // Full and abbreviated title words in one set: a word is asked about both at once.
    private static readonly SliceSet Words = new(FullWords.Concat(AbbreviatedWords));

    public static bool IsAbbreviated(string word) => Abbreviated.Contains(word);

    public static bool IsAbbreviated(string text, int start, int length) => Abbreviated.Contains(text, start, length);

    public static bool IsTitleWord(string word) => Words.Contains(word);

    public static bool IsTitleWord(string text, int start, int length) => Words.Contains(text, start, length);

    public static bool IsLowerCaseRole(string word) => LowerCaseRoles.Contains(word);

    public static bool CanBeSurname(string word) => Surnames.Contains(word);

    public static bool CanBeSurname(string text, int start, int length) => Surnames.Contains(text, start, length);

    public static bool IsLowerCaseRole(string text, int start, int length) => LowerCaseRoles.Contains(text, start, length);

    public static bool IsRoleInAnyCase(string text, int start, int length) => RolesInAnyCase.Contains(text, start, length);

    public static bool IsHonorific(string word) => Honorifics.Contains(word);

    public static bool IsHonorific(string text, int start, int length) => Honorifics.Contains(text, start, length);

    // The same questions about a token, read where it stands.
    public static bool IsAbbreviated(ArticleDocument document, in Token token) => Abbreviated.Contains(document, token);

    public static bool IsTitleWord(ArticleDocument document, in Token token) => Words.Contains(document, token);

    public static bool IsLowerCaseRole(ArticleDocument document, in Token token) => LowerCaseRoles.Contains(document, token);

    public static bool IsHonorific(ArticleDocument document, in Token token) => Honorifics.Contains(document, token);

    // Positions a definite description names a public figure by once the article has named them: "the Florida senator",
    // "the presumptive Republican nominee", "the New York businessman". The first ones are offices that a title states.
    private static readonly string[] OfficeWords =
    {
        "senator", "governor", "president", "secretary", "mayor", "congressman", "congresswoman",
    };

    private static readonly SliceSet Offices = new(OfficeWords);

    private static readonly SliceSet StandingRoles = new(OfficeWords.Concat(new[]
    {
        "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender", "businessman", "businesswoman",
        "billionaire", "mogul", "tycoon", "lawmaker", "neurosurgeon", "actor", "actress", "incumbent",
    }));

    /// <summary>A position a definite description names a public figure by ("the Texas senator", "the GOP front-runner").</summary>
    public static bool IsStandingRole(string word) => StandingRoles.Contains(word);

    /// <summary>An office a title states ("senator" for "Sen."): a person titled otherwise holds another.</summary>
    public static bool IsOffice(string word) => Offices.Contains(word);

    /// <summary>A role whose holder speaks for an organisation rather than for themselves ("a NY1 representative").</summary>
    public static bool IsOrganizationVoice(string word) =>
        word is "spokesman" or "spokeswoman" or "spokesperson" or "representative" or "official" or "officials" or "spokespeople";

    /// <summary>
    /// Whether a description's head noun ("senator", "president", "spokeswoman") fits a title
    /// as written ("Sen.", "President", "Press Secretary").
    /// </summary>
    public static bool DescriptionFits(string head, string title)
    {
        if (HoldsWord(title, head))
            return true;
        var expanded = head switch
        {
            "senator" => "Sen",
            "governor" => "Gov",
            "representative" or "congressman" or "congresswoman" or "lawmaker" => "Rep",
            "general" => "Gen",
            "doctor" => "Dr",
            "professor" => "Prof",
            "executive" or "chief" => "Chief Executive",
            _ => null,
        };
        return expanded is not null && title.StartsWith(expanded, StringComparison.OrdinalIgnoreCase);
    }

    // A whole word of the title, not a piece of one ("is" is no part of "Economist", "resident" none of "President").
    private static bool HoldsWord(string title, string word)
    {
        for (var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = title.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(title[at - 1])) && (end == title.Length || !char.IsLetter(title[end])))
                return true;
        }
        return false;
    }
}
