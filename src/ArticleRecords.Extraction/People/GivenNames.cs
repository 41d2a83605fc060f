using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.People;

/// <summary>What a given name tells about the pronoun ("he", "she") that may later refer to its bearer.</summary>
internal enum NameGender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// Common given names: two capitalised words that start with one read as a person even
/// without a title ("Ruth Delaney said"), and the name suggests which pronoun refers back to
/// its bearer. Not exhaustive; titles and cues catch the rest.
/// </summary>
internal static class GivenNames
{
    private static readonly string[] Male =
    {
        "Rand", "Mitch", "Newt", "Rudy", "Reince", "Corey", "Rick", "Ron", "Marco", "Ted", "Jeb",
        "Harry", "Elijah", "Bernard", "Barney", "Wesley", "Tony", "Karl", "Steve", "Sean", "Jake", "Neil",
        "Brent", "Glenn", "Todd", "Darrell", "Trey", "Jason", "Reid", "Hakeem", "Orrin", "Jeh", "Rahm", "Martin",
        "Aaron", "Adam", "Adrian", "Ahmed", "Alan", "Albert", "Alexander", "Ali", "Amit", "Andrew", "Andy",
        "Anthony", "Antonio", "Barack", "Ben", "Benjamin", "Bernie", "Bill", "Billy", "Bob", "Bobby", "Boris",
        "Brad", "Bradley", "Brandon", "Brian", "Bruce", "Bryan", "Carl", "Carlos", "Charles", "Charlie", "Christian",
        "Christopher", "Chuck", "Clarence", "Craig", "Dan", "Daniel", "Dave", "David", "Dennis", "Dick", "Diego",
        "Dmitry", "Donald", "Doug", "Douglas", "Dylan", "Ed", "Eddie", "Edward", "Emmanuel", "Eric", "Eugene",
        "Francois", "Frank", "Fred", "Gary", "George", "Gerald", "Giuseppe", "Greg", "Gregory", "Hans", "Harold",
        "Harry", "Hassan", "Henry", "Hiroshi", "Howard", "Ian", "Ivan", "Jack", "Jacob", "Jacques", "James", "Jason",
        "Jeb", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Jimmy", "Joe", "Joel", "John", "Johnny", "Jon",
        "Jonathan", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Juan", "Justin", "Keith", "Ken", "Kenneth",
        "Kevin", "Klaus", "Kyle", "Larry", "Lawrence", "Louis", "Luca", "Luis", "Marco", "Mark", "Martin", "Matt",
        "Matthew", "Michael", "Miguel", "Mike", "Mitch", "Mitt", "Mohammed", "Muhammad", "Narendra", "Nathan",
        "Nicholas", "Nick", "Omar", "Patrick", "Paul", "Pedro", "Peter", "Phil", "Philip", "Pierre", "Rafael", "Raj",
        "Ralph", "Randy", "Raymond", "Recep", "Richard", "Rick", "Rob", "Robert", "Roger", "Ron", "Ronald", "Roy",
        "Ryan", "Samuel", "Scott", "Sean", "Sergei", "Shinzo", "Stephen", "Steve", "Steven", "Ted", "Thomas", "Tim",
        "Timothy", "Todd", "Tom", "Tommy", "Tony", "Tyler", "Victor", "Vincent", "Vladimir", "Walter", "Wayne",
        "William", "Willie", "Xi", "Zachary",
    };

    private static readonly string[] Female =
    {
        "Chelsea", "Ivanka", "Melania", "Kellyanne", "Nikki", "Huma", "Hope", "Michele", "Dana", "Dianne", "Debbie",
        "Tulsi", "Condoleezza", "Madeleine", "Sheryl", "Megyn", "Katy", "Jenna", "Sarah", "Amy", "Kirsten", "Claire",
        "Abigail", "Alexandra", "Alice", "Alicia", "Allison", "Amanda", "Amber", "Amelia", "Amy", "Ana", "Andrea",
        "Angela", "Ann", "Anna", "Anne", "Ashley", "Barbara", "Beth", "Betty", "Brenda", "Carly", "Carmen", "Carol",
        "Caroline", "Catherine", "Cheryl", "Christina", "Christine", "Cindy", "Claire", "Cynthia", "Danielle",
        "Debbie", "Deborah", "Denise", "Diana", "Diane", "Donna", "Elena", "Elizabeth", "Ellen", "Emily", "Emma",
        "Erica", "Erin", "Fatima", "Gloria", "Grace", "Hannah", "Heather", "Helen", "Hillary", "Jane", "Janet",
        "Jennifer", "Jessica", "Jill", "Joan", "Joyce", "Judith", "Judy", "Julia", "Julie", "Karen", "Kate",
        "Katherine", "Kathleen", "Kathy", "Katie", "Kimberly", "Laura", "Lauren", "Linda", "Lisa", "Lori",
        "Lucia", "Margaret", "Maria", "Marie", "Marilyn", "Martha", "Mary", "Megan", "Melissa", "Michelle", "Nancy",
        "Natalie", "Nicole", "Olga", "Olivia", "Pamela", "Patricia", "Priya", "Rachel", "Rebecca", "Rose", "Ruth",
        "Samantha", "Sandra", "Sara", "Sarah", "Sharon", "Shirley", "Sofia", "Stephanie", "Susan", "Tammy", "Teresa",
        "Theresa", "Tina", "Valerie", "Vanessa", "Victoria", "Virginia",
    };

    // Given to men and women alike.
    private static readonly string[] Either =
    {
        "Alex", "Chen", "Chris", "Jamie", "Jan", "Jean", "Kay", "Kelly", "Kim", "Leslie", "Li", "Lynn", "Pat", "Sam",
        "Terry", "Tracy", "Wei", "Yuki", "Lindsey",
    };

    // A name on two lists counts as male before female, as either sex before neither.
    private static readonly SliceTable<NameGender> Genders = new(
        Either.Select(name => new KeyValuePair<string, NameGender>(name, NameGender.Unknown))
            .Concat(Female.Select(name => new KeyValuePair<string, NameGender>(name, NameGender.Female)))
            .Concat(Male.Select(name => new KeyValuePair<string, NameGender>(name, NameGender.Male))),
        ignoreCase: false);

    public static bool Contains(string word) => Genders.ContainsKey(word);

    public static bool Contains(string text, int start, int length) => Genders.ContainsKey(text, start, length);

    public static bool Contains(ArticleDocument document, in Token token) => Genders.ContainsKey(document, token);

    public static NameGender GenderOf(string word) => Genders.TryGetValue(word, out var gender) ? gender : NameGender.Unknown;

    public static NameGender GenderOf(string text, int start, int length) =>
        Genders.TryGetValue(text, start, length, out var gender) ? gender : NameGender.Unknown;
}
