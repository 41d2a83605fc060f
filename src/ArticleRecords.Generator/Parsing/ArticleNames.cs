using System;
using System.Collections.Generic;
using System.IO;

namespace ArticleRecords.Generator.Parsing;

/// <summary>The C# name of an article's class: from the Name metadata, or made from the file name.</summary>
internal static class ArticleNames
{
    /// <summary>
    /// Names the generated code already uses beside an article's class (in <c>Articles</c>) or inside it
    /// (in <c>Articles.&lt;Name&gt;</c>): a class cannot share its member's name.
    /// </summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "All", "Articles", "FactReader", "Name", "FileName", "Title", "Text", "Source", "DatelinePlace", "Published",
        "Dateline", "Paragraphs", "Quotes", "Dates", "Money", "People", "Organizations", "Places", "Record", "Facts",
    };

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

    private static bool IsReserved(string name) => Reserved.Contains(name);
}
