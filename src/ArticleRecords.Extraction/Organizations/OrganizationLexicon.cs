using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>What marks a run of capitalised words as an organisation's name.</summary>
internal static class OrganizationLexicon
{
    /// <summary>Words that end an organisation's name ("Foreign Affairs Ministry", "Halden Pharma Plc").</summary>
    private static readonly SliceSet HeadWords = new(new[]
    {
        "Ministry", "Department", "Agency", "Committee", "Commission", "Council", "Party", "Court", "University",
        "College", "Bank", "Institute", "Institution", "Association", "Foundation", "Company", "Corporation",
        "Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC", "LLP", "AG", "SA", "NV", "GmbH", "Group", "Fund",
        "Organization", "Organisation", "Union", "Service", "Services", "Bureau", "Administration", "Authority",
        "Board", "Times", "Post", "News", "Journal", "Network", "Tribune", "Herald", "Gazette", "Magazine",
        "Review", "Channel", "Radio", "Television", "Press", "Reuters", "Caucus", "Coalition", "Alliance",
        "Federation", "Society", "Center", "Centre", "Office", "Police", "Army", "Navy", "Force", "Forces",
        "Guard", "Corps", "Assembly", "Parliament", "Congress", "Senate", "Cabinet", "Campaign", "Industries",
        "Holdings", "Technologies", "Therapeutics", "Pharmaceuticals", "Airlines", "Motors", "Partners",
        "Capital", "Securities", "Trust", "Club", "League", "Team", "Legislature", "Tribunal", "Secretariat",
        "Ministries", "Exchange", "Reserve", "Chamber", "Project", "Initiative", "Watch", "Lab", "Labs", "Studios",
        "Tech", "Airways", "Chronicle", "Examiner", "Globe", "Daily", "Broadcasting", "Systems", "Bancorp",
        "Holding", "Enterprises", "Ventures", "Brands", "Media", "Conference", "Directorate", "Inspectorate",
        "Academy", "Museum", "School", "Hospital", "Church", "Ministries",
    });

    // An acronym stands for its full name, so that "FBI" and "Federal Bureau of Investigation" in one article
    // are one organisation under the fuller name. Broadcasters are known by their letters alone.
    private static readonly SliceTable<string> Acronyms = new(new Dictionary<string, string>
    {
        ["UN"] = "United Nations", ["U.N."] = "United Nations", ["NATO"] = "North Atlantic Treaty Organization",
        ["EU"] = "European Union", ["E.U."] = "European Union", ["IMF"] = "International Monetary Fund",
        ["WHO"] = "World Health Organization", ["WTO"] = "World Trade Organization",
        ["OPEC"] = "Organization of the Petroleum Exporting Countries", ["FBI"] = "Federal Bureau of Investigation",
        ["CIA"] = "Central Intelligence Agency", ["NSA"] = "National Security Agency",
        ["EPA"] = "Environmental Protection Agency", ["NASA"] = "National Aeronautics and Space Administration",
        ["UNESCO"] = "UNESCO", ["UNICEF"] = "UNICEF", ["ECB"] = "European Central Bank", ["GOP"] = "Republican Party",
        ["DNC"] = "Democratic National Committee", ["RNC"] = "Republican National Committee", ["CNN"] = "CNN",
        ["NBC"] = "NBC", ["ABC"] = "ABC", ["CBS"] = "CBS", ["BBC"] = "BBC", ["MSNBC"] = "MSNBC", ["NPR"] = "NPR",
        ["PBS"] = "PBS", ["AP"] = "Associated Press", ["AFP"] = "Agence France-Presse",
        ["UPI"] = "United Press International", ["ACLU"] = "American Civil Liberties Union",
        ["NRA"] = "National Rifle Association", ["NAACP"] = "National Association for the Advancement of Colored People",
        ["ISIS"] = "Islamic State", ["ISIL"] = "Islamic State", ["IRS"] = "Internal Revenue Service",
        ["DHS"] = "Department of Homeland Security", ["DOJ"] = "Justice Department",
        ["SEC"] = "Securities and Exchange Commission", ["FDA"] = "Food and Drug Administration",
        ["CDC"] = "Centers for Disease Control and Prevention", ["ICE"] = "Immigration and Customs Enforcement",
        ["OECD"] = "Organisation for Economic Co-operation and Development",
        ["ASEAN"] = "Association of Southeast Asian Nations", ["AU"] = "African Union",
        ["IAEA"] = "International Atomic Energy Agency", ["FEC"] = "Federal Election Commission",
        ["FCC"] = "Federal Communications Commission", ["FTC"] = "Federal Trade Commission",
        ["TSA"] = "Transportation Security Administration", ["DEA"] = "Drug Enforcement Administration",
        ["ATF"] = "Bureau of Alcohol, Tobacco, Firearms and Explosives", ["FEMA"] = "Federal Emergency Management Agency",
        ["CBO"] = "Congressional Budget Office", ["GAO"] = "Government Accountability Office",
        ["NIH"] = "National Institutes of Health", ["OSCE"] = "Organization for Security and Co-operation in Europe",
        ["WSJ"] = "Wall Street Journal", ["NYT"] = "New York Times", ["NYPD"] = "New York Police Department",
        ["LAPD"] = "Los Angeles Police Department", ["SCOTUS"] = "Supreme Court",
        ["HHS"] = "Department of Health and Human Services", ["HUD"] = "Department of Housing and Urban Development",
        ["OMB"] = "Office of Management and Budget", ["CBP"] = "Customs and Border Protection",
        ["USCIS"] = "Citizenship and Immigration Services", ["CPJ"] = "Committee to Protect Journalists", ["KGB"] = "KGB", ["FSB"] = "FSB",
    }, ignoreCase: false);

    private static readonly SliceTable<string> FixedNames = new(new Dictionary<string, string>
    {
        ["White House"] = "White House", ["Pentagon"] = "Pentagon", ["Kremlin"] = "Kremlin", ["Congress"] = "Congress",
        ["Senate"] = "Senate", ["House"] = "House", ["Supreme Court"] = "Supreme Court", ["Parliament"] = "Parliament",
        ["State Department"] = "State Department", ["Justice Department"] = "Justice Department",
        ["Defense Department"] = "Defense Department", ["Federal Reserve"] = "Federal Reserve", ["Fed"] = "Federal Reserve",
        ["Foreign Office"] = "Foreign Office", ["Associated Press"] = "Associated Press", ["Reuters"] = "Reuters",
        ["Bloomberg"] = "Bloomberg", ["Politico"] = "Politico", ["Breitbart"] = "Breitbart",
        ["Interpol"] = "Interpol", ["Europol"] = "Europol", ["Hamas"] = "Hamas", ["Hezbollah"] = "Hezbollah",
        ["Taliban"] = "Taliban", ["Google"] = "Google", ["Microsoft"] = "Microsoft", ["Facebook"] = "Facebook",
        ["Twitter"] = "Twitter", ["HuffPost"] = "Huffington Post", ["BuzzFeed"] = "BuzzFeed", ["Axios"] = "Axios",
        ["Al Jazeera"] = "Al Jazeera", ["Fox News"] = "Fox News", ["Downing Street"] = "Downing Street",
        ["Labour"] = "Labour Party", ["Tories"] = "Conservative Party", ["Bundestag"] = "Bundestag", ["Knesset"] = "Knesset",
        ["Duma"] = "Duma", ["Politburo"] = "Politburo", ["Daily Beast"] = "Daily Beast", ["Daily Caller"] = "Daily Caller",
        ["Daily Mail"] = "Daily Mail", ["Daily Kos"] = "Daily Kos",
    }, ignoreCase: false);

    /// <summary>The full names the acronyms stand for.</summary>
    public static IEnumerable<string> AcronymFullNames() => Acronyms.Entries.Select(entry => entry.Value);

    /// <summary>
    /// Acronyms that are also words or call letters ("WHO" the pronoun, Des Moines' station WHO, "AU" for gold):
    /// news writing puts "the" before them when they name the organisation.
    /// </summary>
    public static bool NeedsDeterminer(string text, int start, int length) =>
        length == 3 ? string.CompareOrdinal(text, start, "WHO", 0, 3) == 0 : length == 2 && string.CompareOrdinal(text, start, "AU", 0, 2) == 0;

    public static bool IsHeadWord(string word) => HeadWords.Contains(word);

    public static bool IsHeadWord(string text, int start, int length) => HeadWords.Contains(text, start, length);

    public static bool TryExpandAcronym(string word, out string name) => Acronyms.TryGetValue(word, out name!);

    public static bool TryExpandAcronym(string text, int start, int length, out string name) => Acronyms.TryGetValue(text, start, length, out name!);

    public static bool TryFixedName(string words, out string name) => FixedNames.TryGetValue(words, out name!);

    /// <summary>The fixed name written at text[start, start + length), words one space apart as in the lexicon.</summary>
    public static bool TryFixedName(string text, int start, int length, out string name) => FixedNames.TryGetValue(text, start, length, out name!);

    /// <summary>The longest fixed name has this many words.</summary>
    public const int LongestFixedName = 2;
}
