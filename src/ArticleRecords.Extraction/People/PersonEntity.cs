using System.Collections.Generic;

namespace ArticleRecords.Extraction.People;

/// <summary>One individual while the article is read: the fullest name so far, the first title, the first mention.</summary>
internal sealed class PersonEntity
{
    // Asked for at every mention of the person: joined once per change of the words.
    private string? _name;

    public PersonEntity(string[] nameWords, string? title, int start, int length)
    {
        NameWords = nameWords;
        Title = title;
        Start = start;
        Length = length;
    }

    public string[] NameWords { get; private set; }

    public string? Title { get; private set; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The person of the same surname added to the <see cref="PersonDirectory"/> before this one, or null.</summary>
    public PersonEntity? PreviousNamesake { get; set; }

    public string Name => _name ??= string.Join(" ", NameWords);

    public string Surname => NameWords[NameWords.Length - 1];

    /// <summary>Whether a mention's words name this person: same surname, and no different first name.</summary>
    public bool IsNamedBy(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words[words.Count - 1] != Surname)
            return false;
        return words.Count == 1 || NameWords.Length == 1 || words[0] == NameWords[0] || words.Count != NameWords.Length && IsInitialOf(words[0], NameWords[0]);
    }

    /// <summary>Takes a later mention's words when they are more, and its title when none is known yet.</summary>
    public void Absorb(List<string> nameWords, string? title)
    {
        if (nameWords.Count > NameWords.Length)
        {
            NameWords = nameWords.ToArray();
            _name = null;
        }
        Title ??= title;
    }

    public Person ToPerson() => new(Name, Title, Start, Length);

    private static bool IsInitialOf(string word, string first) => word.Length == 1 && first.Length > 0 && first[0] == word[0];
}
