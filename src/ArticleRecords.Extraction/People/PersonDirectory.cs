using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.People;

/// <summary>The people of an article in order of first mention, found by surname in constant time.</summary>
internal sealed class PersonDirectory
{
    // Enough for any real article; bounds the work per lookup on adversarial input.
    private const int MaxNamesakes = 16;

    private readonly Dictionary<string, List<PersonEntity>> _bySurname = new(StringComparer.Ordinal);

    public List<PersonEntity> All { get; } = new();

    public void Add(PersonEntity person)
    {
        All.Add(person);
        if (!_bySurname.TryGetValue(person.Surname, out var namesakes))
            _bySurname[person.Surname] = namesakes = new List<PersonEntity>();
        if (namesakes.Count < MaxNamesakes)
            namesakes.Add(person);
    }

    /// <summary>The latest person the words name (same surname, no different first name), or null.</summary>
    public PersonEntity? Lookup(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || !_bySurname.TryGetValue(words[words.Count - 1], out var namesakes))
            return null;
        for (var i = namesakes.Count - 1; i >= 0; i--)
        {
            if (namesakes[i].IsNamedBy(words))
                return namesakes[i];
        }
        return null;
    }
}
