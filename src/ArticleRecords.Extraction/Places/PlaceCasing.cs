using System;

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
        // Every word in capitals that the lexicon may hold is title-cased to be looked up: the characters are
        // written into a buffer kept per thread (a name longer than it gets its own), and only the string is new.
        var buffer = length <= LargestKeptBuffer ? _buffer ??= new char[LargestKeptBuffer] : new char[length];
        var wordStart = true;
        for (var i = 0; i < length; i++)
        {
            var c = text[start + i];
            if (char.IsLetter(c))
            {
                buffer[i] = wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
                wordStart = false;
            }
            else
            {
                buffer[i] = c;
                wordStart = true;
            }
        }
        return new string(buffer, 0, length);
    }

    private const int LargestKeptBuffer = 256;

    [ThreadStatic]
    private static char[]? _buffer;
}
