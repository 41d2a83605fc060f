using System;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// What the place lexicon knows about a word or name: shared by places, people and organisations.
/// The lexicon is the embedded <c>Data/places.tsv</c>, parsed once at first use; look-ups are ordinal.
/// </summary>
internal static class Gazetteer
{
    private static readonly Lazy<PlaceLexicon> Data = new(PlaceLexiconReader.ReadEmbedded);

    internal static PlaceLexicon Lexicon => Data.Value;

    /// <summary>Whether <paramref name="word"/> is a nationality adjective ("Kazakh", "Israeli"), with its country.</summary>
    public static bool IsDemonym(string word, out string countryCode) =>
        Lexicon.Demonyms.TryGetValue(word ?? "", out countryCode!);

    public static bool IsDemonym(string text, int start, int length, out string countryCode) =>
        Lexicon.Demonyms.TryGetValue(text, start, length, out countryCode!);

    public static bool IsDemonym(ArticleDocument document, in Token token, out string countryCode) =>
        Lexicon.Demonyms.TryGetValue(document, token, out countryCode!);

    /// <summary>
    /// Whether <paramref name="name"/> (as written, one or more words) names a place, or a room or grounds
    /// such as "Oval Office" (see <see cref="Venues"/>): either way, no person and no organisation.
    /// "White House" is no place name: it stands for an organisation.
    /// </summary>
    public static bool IsPlaceName(string name) => TryFind(name, out _) || Venues.Contains(name ?? "");

    /// <summary>Whether the name written at text[start, start + length) names a place or a venue (see above).</summary>
    public static bool IsPlaceName(string text, int start, int length) => TryFind(text, start, length, out _) || Venues.Contains(text, start, length);

    /// <summary>
    /// Whether <paramref name="word"/> names a place but is also a common first name or surname
    /// ("Jordan", "Jackson", "Paris"), so that a capitalised word next to it decides which it is.
    /// </summary>
    public static bool IsAlsoPersonName(string word) => PersonNamePlaces.Contains(word ?? "");

    /// <summary>The place <paramref name="name"/> names, as written ("U.S.") or in capitals ("ASTANA").</summary>
    public static bool TryFind(string name, out PlaceEntry entry) => TryFind(name ?? "", 0, name?.Length ?? 0, out entry);

    public static bool TryFind(ArticleDocument document, in Token token, out PlaceEntry entry) =>
        TryFind(document.Text, token.Start, token.Length, out entry);

    /// <summary>The place the name written at text[start, start + length) names; in capitals it is title-cased first.</summary>
    public static bool TryFind(string text, int start, int length, out PlaceEntry entry)
    {
        var byName = Lexicon.ByName;
        if (length == 0)
        {
            entry = null!;
            return false;
        }
        if (byName.TryGetValue(text, start, length, out entry!))
            return true;
        return PlaceCasing.IsAllCaps(text, start, length) && byName.TryGetValue(PlaceCasing.ToTitleCase(text, start, length), out entry!);
    }
}
