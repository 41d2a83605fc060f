using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>
/// Known names with lower-case words inside ("Food and Drug Administration", "Department of Health and Human
/// Services"), which runs of capitalised words split at "and" or "for". Matched on the text, by first letter.
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

    // Keyed by letter, not word, so that trying a word allocates nothing.
    private static readonly Dictionary<char, List<string>> ByFirstLetter = Build();

    public static bool TryMatch(ArticleDocument document, int index, out int lastToken, out string name)
    {
        lastToken = -1;
        name = "";
        var tokens = document.Tokens;
        var text = document.Text;
        var prefix = CountryPrefixLength(text, tokens[index].Start);
        var start = tokens[index].Start + prefix;
        if (start >= text.Length || !ByFirstLetter.TryGetValue(text[start], out var candidates))
            return false;
        foreach (var candidate in candidates)
        {
            var end = start + candidate.Length;
            if (end > text.Length || string.CompareOrdinal(text, start, candidate, 0, candidate.Length) != 0
                || (end < text.Length && char.IsLetterOrDigit(text[end])))
                continue;
            var t = index;
            while (t + 1 < tokens.Length && tokens[t + 1].End <= end)
                t++;
            lastToken = t;
            name = prefix == 0 ? candidate : text.Substring(tokens[index].Start, end - tokens[index].Start);
            return true;
        }
        return false;
    }

    public static bool IsKnown(string name) =>
        name.Length > 0 && ByFirstLetter.TryGetValue(name[0], out var names) && names.Contains(name);

    // "U.S. Department of Health and Human Services": the country before the name is part of the mention.
    private static int CountryPrefixLength(string text, int start)
    {
        foreach (var prefix in CountryPrefixes)
        {
            if (start + prefix.Length < text.Length && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0)
                return prefix.Length;
        }
        return 0;
    }

    private static readonly string[] CountryPrefixes = { "U.S. ", "US ", "United States " };

    // Longest first, so that "Department of Health and Human Services" wins over a shorter name.
    private static Dictionary<char, List<string>> Build()
    {
        var names = new List<string>(Extra);
        foreach (var full in OrganizationLexicon.AcronymFullNames())
        {
            if (HasLowercaseWord(full) && !names.Contains(full))
                names.Add(full);
        }
        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        var byFirstLetter = new Dictionary<char, List<string>>();
        foreach (var name in names)
        {
            if (!byFirstLetter.TryGetValue(name[0], out var list))
                byFirstLetter.Add(name[0], list = new List<string>());
            list.Add(name);
        }
        return byFirstLetter;
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
