using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.People;

/// <summary>The people of an article in order of first mention, found by surname in constant time.</summary>
internal sealed class PersonDirectory
{
    // Enough for any real article; bounds the work per lookup on adversarial input.
    private const int MaxNamesakes = 16;

    // The latest person added under each surname; each points back to the namesake added before it. A list per surname
    // would be two more objects per person, and most surnames have one.
    private readonly Dictionary<string, PersonEntity> _latestBySurname = new(StringComparer.Ordinal);

    public List<PersonEntity> All { get; } = new();

    public void Add(PersonEntity person)
    {
        All.Add(person);
        if (_latestBySurname.TryGetValue(person.Surname, out var latest))
        {
            if (CountFrom(latest) >= MaxNamesakes)
                return;
            person.PreviousNamesake = latest;
        }
        _latestBySurname[person.Surname] = person;
    }

    /// <summary>The latest person the words name (same surname, no different first name), or null.</summary>
    public PersonEntity? Lookup(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || !_latestBySurname.TryGetValue(words[words.Count - 1], out var namesake))
            return null;
        for (; namesake is not null; namesake = namesake.PreviousNamesake)
        {
            if (namesake.IsNamedBy(words))
                return namesake;
        }
        return null;
    }

    private static int CountFrom(PersonEntity latest)
    {
        var count = 0;
        for (var namesake = latest; namesake is not null; namesake = namesake.PreviousNamesake)
            count++;
        return count;
    }
}
