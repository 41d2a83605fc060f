using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>One <see cref="Person"/> per individual, in order of first mention.</summary>
internal static class PersonExtractor
{
    public static Person[] Extract(ArticleDocument document, Place[] places, CancellationToken cancellationToken)
    {
        var entities = PersonFinder.Find(document, places, cancellationToken);
        var people = new List<Person>(entities.All.Count);
        foreach (var entity in entities.All)
            people.Add(entity.ToPerson());
        return people.ToArray();
    }
}
