using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.Datelines;

/// <summary>Month names as datelines write them: "March", "Nov", "Sept".</summary>
internal static class MonthNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    public static bool Contains(string word) => Names.Contains(word);
}
