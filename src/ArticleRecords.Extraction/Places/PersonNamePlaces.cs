using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>Place names that are also common first names or surnames: "Jordan", "Paris", "Jackson", "Lincoln".</summary>
internal static class PersonNamePlaces
{
    private static readonly SliceSet Names = new(new[]
    {
        "Jordan", "Chad", "Georgia", "Paris", "Austin", "Jackson", "Lincoln", "Madison", "Columbus", "Hamilton",
        "Sydney", "Florence", "Charlotte", "Houston", "Dallas", "Phoenix", "Orlando", "Raleigh", "Helena",
        "Olympia", "Santiago", "Montgomery", "Israel", "Washington", "Kingston", "Denver", "Cleveland", "Aurora",
        "Savannah", "Virginia", "Carolina", "Dakota", "Augusta", "Chelsea", "Regina", "Adelaide", "Wellington",
        "Nelson", "Tyler", "Camden", "Sofia", "Lima", "Dover", "Salem", "Richmond", "Boston", "Nashville",
        "Indiana", "Nevada", "Montana", "Arizona", "Jersey", "Douglas", "Stanley", "Pierre", "Rosario", "Providence",
        "Medina", "Salvador",
    });

    public static bool Contains(string word) => Names.Contains(word);

    public static bool Contains(ArticleDocument document, in Token token) => Names.Contains(document, token);
}
