using System;

namespace ArticleRecords.Extraction.Organizations;

/// <summary>
/// What makes two written names one organisation: "U.S. Senate" and "Senate", "Department of Justice"
/// and "Justice Department" (and "DOJ", which the lexicon expands to it).
/// </summary>
internal static class OrganizationKey
{
    private static readonly string[] CountryPrefixes = { "U.S. ", "US ", "United States ", "American " };

    public static string Of(string name)
    {
        foreach (var prefix in CountryPrefixes)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal)
                && (OrganizationLexicon.TryFixedName(name.Substring(prefix.Length), out _) || JoinedNames.IsKnown(name.Substring(prefix.Length))))
            {
                name = name.Substring(prefix.Length);
                break;
            }
        }
        return HeadFirstToHeadLast(name, "Department of ") ?? HeadFirstToHeadLast(name, "Ministry of ") ?? name;
    }

    // "Department of Homeland Security" is keyed as "Homeland Security Department"; "Department of the Treasury" as "Treasury Department".
    private static string? HeadFirstToHeadLast(string name, string headOf)
    {
        if (name.Length <= headOf.Length || !name.StartsWith(headOf, StringComparison.Ordinal))
            return null;
        var rest = name.Substring(headOf.Length);
        if (rest.StartsWith("the ", StringComparison.Ordinal))
            rest = rest.Substring(4);
        return rest + " " + headOf.Substring(0, headOf.Length - 4);
    }
}
