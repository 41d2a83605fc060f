using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>
/// Known names with lower-case words inside ("Food and Drug Administration", "Department of Health and Human
/// Services"), which runs of capitalised words split at "and" or "for". Matched on the text, by first two letters.
/// </summary>
internal static class JoinedNames
{
    private static readonly string[] Extra =
    {
        "Department of Health and Human Services", "Department of Housing and Urban Development",
        "Department of Veterans Affairs", "Committee to Protect Journalists", "Doctors Without Borders",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Citizenship and Immigration Services",
        "Centers for Medicare and Medicaid Services", "Customs and Border Protection", "Office of Management and Budget",
        "Bill and Melinda Gates Foundation", "Port Authority of New York and New Jersey",
    };

    // Indexed by first letter (A-Z) and second character (by its low seven bits), not word, so that trying a word
    // allocates nothing, costs one look-up and compares only the names that start as it does (a capitalised word
    // shares its first letter with dozens of them).
    private const int SecondCharacters = 128;

    private static readonly List<string>?[] ByFirstTwo = Build();

    public static bool TryMatch(ArticleDocument document, int index, out int lastToken, out string name)
    {
        lastToken = -1;
        name = "";
        var tokens = document.Tokens;
        var text = document.Text;
        var prefix = CountryPrefixLength(text, tokens[index].Start);
        var start = tokens[index].Start + prefix;
        if (start + 1 >= text.Length || text[start] < 'A' || text[start] > 'Z' || ByFirstTwo[Slot(text[start], text[start + 1])] is not { } candidates)
            return false;
        foreach (var candidate in candidates)
        {
            var end = start + candidate.Length;
            if (end > text.Length || text[start + 1] != candidate[1] || string.CompareOrdinal(text, start, candidate, 0, candidate.Length) != 0
                || (end < text.Length && char.IsLetterOrDigit(text[end])))
                continue;
            var t = index;
            while (t + 1 < tokens.Count && tokens[t + 1].End <= end)
                t++;
            lastToken = t;
            name = prefix == 0 ? candidate : text.Substring(tokens[index].Start, end - tokens[index].Start);
            return true;
        }
        return false;
    }

    public static bool IsKnown(string name) =>
        name.Length > 1 && name[0] >= 'A' && name[0] <= 'Z' && ByFirstTwo[Slot(name[0], name[1])] is { } names && names.Contains(name);

    private static int Slot(char capital, char second) => (capital - 'A') * SecondCharacters + (second & (SecondCharacters - 1));

    // "U.S. Department of Health and Human Services": the country before the name is part of the mention.
    private static int CountryPrefixLength(string text, int start)
    {
        if (text[start] != 'U')
            return 0;
        foreach (var prefix in CountryPrefixes)
        {
            if (start + prefix.Length < text.Length && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0)
                return prefix.Length;
        }
        return 0;
    }

    private static readonly string[] CountryPrefixes = { "U.S. ", "US ", "United States " };

    // Longest first, so that "Department of Health and Human Services" wins over a shorter name.
    private static List<string>?[] Build()
    {
        var names = new List<string>(Extra);
        foreach (var full in OrganizationLexicon.AcronymFullNames())
        {
            if (HasLowercaseWord(full) && !names.Contains(full))
                names.Add(full);
        }
        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        var byFirstTwo = new List<string>?[26 * SecondCharacters];
        foreach (var name in names)
            (byFirstTwo[Slot(name[0], name[1])] ??= new List<string>()).Add(name);
        return byFirstTwo;
    }

    private static bool HasLowercaseWord(string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (name[i - 1] == ' ' && char.IsLower(name[i]))
                return true;
        }
        return false;
    }
}
