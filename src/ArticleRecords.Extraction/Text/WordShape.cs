namespace ArticleRecords.Extraction.Text;

/// <summary>How a word is written, as the entity and speaker rules read it.</summary>
internal static class WordShape
{
    /// <summary>An acronym or a word in capitals ("NATO", "U.S.", "WASHINGTON"), but not an initial ("M.").</summary>
    public static bool IsAllCapitals(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 2;
    }
}
