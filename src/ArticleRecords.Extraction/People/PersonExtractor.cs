using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>One <see cref="Person"/> per individual, in order of first mention.</summary>
internal static class PersonExtractor
{
    // The speaker rules read the people through the directory they were found with: remembered with the
    // array handed out, as long as the document lives.
    private static readonly ConditionalWeakTable<ArticleDocument, Found> Remembered = new();

    public static Person[] Extract(ArticleDocument document, Place[] places, CancellationToken cancellationToken)
    {
        var entities = PersonFinder.Find(document, places, cancellationToken);
        var people = new Person[entities.All.Count];
        for (var i = 0; i < people.Length; i++)
            people[i] = entities.All[i].ToPerson();
        Remembered.Remove(document);
        Remembered.Add(document, new Found(people, entities));
        return people;
    }

    /// <summary>
    /// The directory <paramref name="people"/> were read from, when they are the very array <see cref="Extract"/>
    /// returned for the document; else null. Read it, never change it.
    /// </summary>
    public static PersonDirectory? DirectoryOf(ArticleDocument document, Person[] people) =>
        Remembered.TryGetValue(document, out var found) && ReferenceEquals(found.People, people) ? found.Directory : null;

    private sealed class Found
    {
        public Found(Person[] people, PersonDirectory directory)
        {
            People = people;
            Directory = directory;
        }

        public Person[] People { get; }

        public PersonDirectory Directory { get; }
    }
}
