using System;
using System.Collections.Generic;

namespace ArticleRecords.Extraction.People;

/// <summary>
/// Common given names: two capitalised words that start with one read as a person even
/// without a title ("Ruth Delaney said"). Not exhaustive; titles and cues catch the rest.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Aaron", "Abigail", "Adam", "Adrian", "Ahmed", "Alan", "Albert", "Alex", "Alexander", "Alexandra", "Alice",
        "Alicia", "Allison", "Amanda", "Amber", "Amelia", "Amy", "Ana", "Andrea", "Andrew", "Andy", "Angela", "Ann",
        "Anna", "Anne", "Anthony", "Antonio", "Ashley", "Barbara", "Barack", "Ben", "Benjamin", "Bernie", "Beth",
        "Betty", "Bill", "Billy", "Bob", "Bobby", "Brad", "Bradley", "Brandon", "Brenda", "Brian", "Bruce", "Bryan",
        "Carl", "Carlos", "Carly", "Carol", "Caroline", "Catherine", "Charles", "Charlie", "Cheryl", "Chris",
        "Christian", "Christina", "Christine", "Christopher", "Chuck", "Cindy", "Claire", "Clarence", "Craig",
        "Cynthia", "Dan", "Daniel", "Danielle", "Dave", "David", "Deborah", "Debbie", "Denise", "Dennis", "Diana",
        "Diane", "Dick", "Donald", "Donna", "Doug", "Douglas", "Dylan", "Ed", "Eddie", "Edward", "Elena", "Elizabeth",
        "Ellen", "Emily", "Emma", "Eric", "Erica", "Erin", "Eugene", "Frank", "Fred", "Gary", "George", "Gerald",
        "Gloria", "Grace", "Greg", "Gregory", "Hannah", "Harold", "Harry", "Heather", "Helen", "Henry", "Hillary",
        "Howard", "Ian", "Jack", "Jacob", "James", "Jamie", "Jan", "Jane", "Janet", "Jason", "Jean", "Jeb", "Jeff",
        "Jeffrey", "Jennifer", "Jeremy", "Jerry", "Jessica", "Jill", "Jim", "Jimmy", "Joan", "Joe", "Joel", "John",
        "Johnny", "Jon", "Jonathan", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Joyce", "Juan", "Judith", "Judy",
        "Julia", "Julie", "Justin", "Karen", "Kate", "Katherine", "Kathleen", "Kathy", "Katie", "Kay", "Keith", "Kelly",
        "Ken", "Kenneth", "Kevin", "Kim", "Kimberly", "Kyle", "Larry", "Laura", "Lauren", "Lawrence", "Leslie", "Linda",
        "Lindsey", "Lisa", "Lori", "Louis", "Luis", "Lynn", "Marco", "Margaret", "Maria", "Marie", "Marilyn", "Mark",
        "Martha", "Martin", "Mary", "Matt", "Matthew", "Megan", "Melissa", "Michael", "Michelle", "Mike", "Mitch",
        "Mitt", "Mohammed", "Muhammad", "Nancy", "Natalie", "Nathan", "Nicholas", "Nick", "Nicole", "Olivia", "Pamela",
        "Pat", "Patricia", "Patrick", "Paul", "Peter", "Phil", "Philip", "Rachel", "Ralph", "Randy", "Raymond",
        "Rebecca", "Richard", "Rick", "Rob", "Robert", "Roger", "Ron", "Ronald", "Rose", "Roy", "Ruth", "Ryan", "Sam",
        "Samantha", "Samuel", "Sandra", "Sara", "Sarah", "Scott", "Sean", "Sharon", "Shirley", "Stephanie", "Stephen",
        "Steve", "Steven", "Susan", "Tammy", "Ted", "Teresa", "Terry", "Theresa", "Thomas", "Tim", "Timothy", "Tina",
        "Todd", "Tom", "Tommy", "Tony", "Tracy", "Tyler", "Valerie", "Vanessa", "Victor", "Victoria", "Vincent",
        "Virginia", "Walter", "Wayne", "William", "Willie", "Zachary", "Vladimir", "Angela", "Emmanuel", "Francois",
        "Xi", "Shinzo", "Justin", "Theresa", "Boris", "Recep", "Narendra", "Hassan", "Ali", "Omar", "Fatima", "Ivan",
        "Sergei", "Dmitry", "Olga", "Pierre", "Jacques", "Hans", "Klaus", "Giuseppe", "Luca", "Carmen", "Miguel",
        "Pedro", "Rafael", "Diego", "Sofia", "Lucia", "Yuki", "Hiroshi", "Wei", "Li", "Chen", "Raj", "Priya", "Amit",
    };

    public static bool Contains(string word) => Names.Contains(word);
}
