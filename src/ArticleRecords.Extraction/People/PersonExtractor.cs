using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>One <see cref="Person"/> per individual, in order of first mention.</summary>
internal static class PersonExtractor
{
    public static Person[] Extract(ArticleDocument document, Place[] places, CancellationToken cancellationToken)
    {
        var entities = PersonFinder.Find(document, places, cancellationToken);
        var people = new Person[entities.All.Count];
        for (var i = 0; i < people.Length; i++)
            people[i] = entities.All[i].ToPerson();
        // The speaker rules read the people through the directory they were found with.
        document.FoundPeople = new Found(people, entities);
        return people;
    }

    /// <summary>
    /// The directory <paramref name="people"/> were read from, when they are the very array <see cref="Extract"/>
    /// returned for the document; else null. Read it, never change it.
    /// </summary>
    public static PersonDirectory? DirectoryOf(ArticleDocument document, Person[] people) =>
        document.FoundPeople is { } found && ReferenceEquals(found.People, people) ? found.Directory : null;

    /// <summary>An array of people handed out for a document, and the directory it was read from.</summary>
    internal sealed class Found
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
