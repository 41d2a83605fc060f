using System.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>Datelines and some headlines write places in capitals ("NEW YORK"); the lexicon holds them in title case.</summary>
internal static class PlaceCasing
{
    /// <summary>At least two letters, all of them capitals: "ASTANA", "NEW YORK", "US".</summary>
    public static bool IsAllCaps(string text) => IsAllCaps(text, 0, text.Length);

    public static bool IsAllCaps(string text, int start, int length)
    {
        var letters = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c))
                continue;
            if (!char.IsUpper(c))
                return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>"NEW YORK" to "New York", "GUINEA-BISSAU" to "Guinea-Bissau", "ST. LOUIS" to "St. Louis".</summary>
    public static string ToTitleCase(string text) => ToTitleCase(text, 0, text.Length);

    public static string ToTitleCase(string text, int start, int length)
    {
        var builder = new StringBuilder(length);
        var wordStart = true;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                builder.Append(wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                wordStart = false;
            }
            else
            {
                builder.Append(c);
                wordStart = true;
            }
        }
        return builder.ToString();
    }
}
