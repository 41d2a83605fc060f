using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Parsing;

/// <summary>C# identifier rules, asked of Roslyn rather than re-implemented.</summary>
internal static class Identifiers
{
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !HasFormattingCharacter(name);

    // C# ignores formatting characters (zero-width joiners, direction marks) inside identifiers, so
    // "A\u200DB" and "AB" would be one name to the compiler and two to us.
    private static bool HasFormattingCharacter(string name)
    {
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                return true;
        }
        return false;
    }

    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValid(part))
                return false;
        }
        return name != "global";
    }

    /// <summary>
    /// A PascalCase identifier from free text: runs of letters and digits become words with an upper-case
    /// first letter ("kazakhstan-abraham_accords" becomes "KazakhstanAbrahamAccords"); a leading digit gets
    /// the prefix "Article". Never returns an invalid identifier.
    /// </summary>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                continue;
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
            {
                startOfWord = true;
                continue;
            }
            if (builder.Length == 0 && !SyntaxFacts.IsIdentifierStartCharacter(c))
                builder.Append("Article");
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        var identifier = builder.ToString();
        return IsValid(identifier) ? identifier : "Article" + identifier;
    }
}
