using System;
using System.Collections.Generic;
using System.IO;

namespace ArticleRecords.Generator.Parsing;

/// <summary>The C# name of an article's class: from the Name metadata, or made from the file name.</summary>
internal static class ArticleNames
{
    /// <summary>Names the generated code already uses where an article's class would stand or inside it.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "All", "Articles", "Name", "FileName", "Title", "Text", "Source", "Published", "Dateline",
        "Paragraphs", "Quotes", "Dates", "Money", "People", "Organizations", "Places", "Record",
    };

    private static readonly string[] FactMemberPrefixes = { "Quote", "Date", "Money", "Person", "Organization", "Place" };

    /// <summary>The name made from a file name: "kazakhstan-abraham.txt" becomes "KazakhstanAbraham".</summary>
    public static string FromFileName(string filePath)
    {
        var name = Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(filePath));
        return IsReserved(name) ? name + "Article" : name;
    }

    /// <summary>Why <paramref name="name"/> cannot name an article's class, or null when it can.</summary>
    public static string? Validate(string name)
    {
        if (!Identifiers.IsValid(name))
            return "is not a valid C# identifier (or is a keyword)";
        if (IsReserved(name))
            return "is taken by a member the generated code declares";
        return null;
    }

    private static bool IsReserved(string name)
    {
        if (Reserved.Contains(name))
            return true;
        foreach (var prefix in FactMemberPrefixes)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && IsDigits(name, prefix.Length))
                return true;
        }
        return false;
    }

    private static bool IsDigits(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
                return false;
        }
        return true;
    }
}
