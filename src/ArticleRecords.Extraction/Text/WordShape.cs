namespace ArticleRecords.Extraction.Text;

/// <summary>How a word is written, as the entity and speaker rules read it.</summary>
internal static class WordShape
{
    /// <summary>An acronym or a word in capitals ("NATO", "U.S.", "WASHINGTON"), but not an initial ("M.").</summary>
    public static bool IsAllCapitals(string word) => IsAllCapitals(word, 0, word.Length);

    /// <summary>Whether text[start, start + length) is written in capitals (see <see cref="IsAllCapitals(string)"/>).</summary>
    public static bool IsAllCapitals(string text, int start, int length)
    {
        var letters = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 2;
    }
}
