using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>What marks a run of capitalised words as an organisation's name.</summary>
internal static class OrganizationLexicon
{
    /// <summary>Words that end an organisation's name ("Foreign Affairs Ministry", "Halden Pharma Plc").</summary>
    private static readonly HashSet<string> HeadWords = new(StringComparer.Ordinal)
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
    };

    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["UN"] = "United Nations", ["U.N."] = "United Nations", ["NATO"] = "NATO", ["EU"] = "European Union",
        ["E.U."] = "European Union", ["IMF"] = "International Monetary Fund", ["WHO"] = "World Health Organization",
        ["WTO"] = "World Trade Organization", ["OPEC"] = "OPEC", ["FBI"] = "FBI", ["CIA"] = "CIA", ["NSA"] = "NSA",
        ["EPA"] = "Environmental Protection Agency", ["NASA"] = "NASA", ["UNESCO"] = "UNESCO", ["UNICEF"] = "UNICEF",
        ["ECB"] = "European Central Bank", ["GOP"] = "Republican Party", ["DNC"] = "Democratic National Committee",
        ["RNC"] = "Republican National Committee", ["CNN"] = "CNN", ["NBC"] = "NBC", ["ABC"] = "ABC", ["CBS"] = "CBS",
        ["BBC"] = "BBC", ["MSNBC"] = "MSNBC", ["NPR"] = "NPR", ["PBS"] = "PBS", ["AP"] = "Associated Press",
        ["AFP"] = "Agence France-Presse", ["UPI"] = "United Press International", ["ACLU"] = "ACLU", ["NRA"] = "NRA",
        ["NAACP"] = "NAACP", ["ISIS"] = "Islamic State", ["ISIL"] = "Islamic State", ["IRS"] = "IRS",
        ["DHS"] = "Department of Homeland Security", ["DOJ"] = "Justice Department", ["SEC"] = "SEC",
        ["FDA"] = "Food and Drug Administration", ["CDC"] = "CDC", ["ICE"] = "ICE", ["OECD"] = "OECD",
        ["ASEAN"] = "ASEAN", ["AU"] = "African Union", ["IAEA"] = "IAEA",
    };

    private static readonly Dictionary<string, string> FixedNames = new(StringComparer.Ordinal)
    {
        ["White House"] = "White House", ["Pentagon"] = "Pentagon", ["Kremlin"] = "Kremlin", ["Congress"] = "Congress",
        ["Senate"] = "Senate", ["House"] = "House", ["Supreme Court"] = "Supreme Court", ["Parliament"] = "Parliament",
        ["State Department"] = "State Department", ["Justice Department"] = "Justice Department",
        ["Defense Department"] = "Defense Department", ["Federal Reserve"] = "Federal Reserve", ["Fed"] = "Federal Reserve",
        ["Foreign Office"] = "Foreign Office", ["Associated Press"] = "Associated Press", ["Reuters"] = "Reuters",
        ["Bloomberg"] = "Bloomberg", ["Politico"] = "Politico", ["Breitbart"] = "Breitbart",
    };

    public static bool IsHeadWord(string word) => HeadWords.Contains(word);

    public static bool TryExpandAcronym(string word, out string name) => Acronyms.TryGetValue(word, out name!);

    public static bool TryFixedName(string words, out string name) => FixedNames.TryGetValue(words, out name!);

    /// <summary>The longest fixed name has this many words.</summary>
    public const int LongestFixedName = 2;
}
