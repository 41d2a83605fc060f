using System.Linq;
using ArticleRecords.Extraction.People;

namespace ArticleRecords.Extraction.Tests.People;

public class PersonDirectoryTests
{
    private static PersonEntity Person(string name, int start) => new(name.Split(' '), null, start, name.Length);

    [Fact]
    public void Finds_the_latest_namesake_the_words_fit()
    {
        var directory = new PersonDirectory();
        var bill = Person("Bill Clinton", 0);
        var hillary = Person("Hillary Clinton", 20);
        directory.Add(bill);
        directory.Add(hillary);
        directory.Add(Person("Jane Doe", 40));

        Assert.Same(hillary, directory.Lookup(new[] { "Clinton" }));
        Assert.Same(bill, directory.Lookup(new[] { "Bill", "Clinton" }));
        Assert.Null(directory.Lookup(new[] { "Chelsea", "Clinton" }));
        Assert.Null(directory.Lookup(new[] { "Smith" }));
        Assert.Equal(3, directory.All.Count);
    }

    [Fact]
    public void Looks_through_the_first_sixteen_namesakes_only()
    {
        var directory = new PersonDirectory();
        var people = Enumerable.Range(0, 20).Select(i => Person($"Given{i} Smith", i * 20)).ToArray();
        foreach (var person in people)
            directory.Add(person);

        Assert.Same(people[15], directory.Lookup(new[] { "Smith" }));
        Assert.Same(people[3], directory.Lookup(new[] { "Given3", "Smith" }));
        Assert.Null(directory.Lookup(new[] { "Given16", "Smith" }));
        Assert.Equal(20, directory.All.Count);
    }
}
