using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Named rooms and grounds that news writing locates events in ("During the Oval Office talks"): not
/// places of the article, nor organisations, nor people. Buildings that stand for an institution
/// ("the White House said") are organisations and are not listed.
/// </summary>
internal static class Venues
{
    private static readonly SliceSet Names = new(new[]
    {
        "Oval Office", "Rose Garden", "Situation Room", "East Room", "State Dining Room", "Cabinet Room",
        "Roosevelt Room", "Lincoln Bedroom", "South Lawn", "Capitol Rotunda", "Senate floor", "House floor",
    });

    public static bool Contains(string name) => Names.Contains(name);

    public static bool Contains(string text, int start, int length) => Names.Contains(text, start, length);
}
