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

    // Which lengths (from 63 on, one bit) and first and last characters (by their low six bits) the surnames have.
    private ulong _surnameLengths;
    private ulong _surnameFirsts;
    private ulong _surnameLasts;

    public List<PersonEntity> All { get; } = new();

    public void Add(PersonEntity person)
    {
        All.Add(person);
        var surname = person.Surname;
        if (surname.Length > 0)
        {
            _surnameLengths |= 1UL << System.Math.Min(surname.Length, 63);
            _surnameFirsts |= 1UL << (surname[0] & 63);
            _surnameLasts |= 1UL << (surname[surname.Length - 1] & 63);
        }
        if (_latestBySurname.TryGetValue(person.Surname, out var latest))
        {
            if (CountFrom(latest) >= MaxNamesakes)
                return;
            person.PreviousNamesake = latest;
        }
        _latestBySurname[person.Surname] = person;
    }

    /// <summary>
    /// Whether text[start, start + length) may be the surname of someone added: false means it is none, so that
    /// <see cref="Lookup"/> finds no one for it alone; true only says "maybe".
    /// </summary>
    public bool MayBeSurname(string text, int start, int length) =>
        length > 0
        && (_surnameLengths & (1UL << System.Math.Min(length, 63))) != 0
        && (_surnameFirsts & (1UL << (text[start] & 63))) != 0
        && (_surnameLasts & (1UL << (text[start + length - 1] & 63))) != 0;

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
