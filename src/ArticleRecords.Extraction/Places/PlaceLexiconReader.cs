using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Reads <c>Data/places.tsv</c> (see <c>Data/update-places.js</c> for its columns): kind, name,
/// country, aliases, aliases valid only after a comma.
/// </summary>
internal static class PlaceLexiconReader
{
    public const string ResourceName = "ArticleRecords.Extraction.Places.places.tsv";

    public static PlaceLexicon ReadEmbedded()
    {
        using var stream = typeof(PlaceLexiconReader).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
            return PlaceLexicon.Empty;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader.ReadToEnd());
    }

    public static PlaceLexicon Read(string tsv)
    {
        var rows = new List<string[]>();
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var columns = line.TrimEnd('\r').Split('\t');
            if (columns.Length >= 2 && columns[1].Length > 0)
                rows.Add(columns);
        }

        var names = new PlaceNameTrie();
        var byName = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var countriesNamedLikeStates = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);

        // Kinds are loaded in priority order so that the first entry under a shared name wins.
        foreach (var kind in new[] { PlaceKind.State, PlaceKind.Country, PlaceKind.Region, PlaceKind.City })
        {
            foreach (var row in rows)
            {
                if (ParseKind(row[0]) != kind)
                    continue;
                var entry = new PlaceEntry(row[1], kind, Column(row, 2) is { Length: 2 } code ? code : null);
                AddName(row[1], entry, afterCommaOnly: false);
                foreach (var alias in Aliases(row, 3))
                    AddName(alias, entry, afterCommaOnly: false);
                foreach (var alias in Aliases(row, 4))
                    AddName(alias, entry, afterCommaOnly: true);
            }
        }

        foreach (var row in rows)
        {
            if (row[0] == "demonym" && Column(row, 2) is { Length: 2 } code && !demonyms.ContainsKey(row[1]))
                demonyms.Add(row[1], code);
        }

        names.Seal();
        return new PlaceLexicon(names, byName, demonyms, countriesNamedLikeStates);

        void AddName(string name, PlaceEntry entry, bool afterCommaOnly)
        {
            names.Add(name, entry, afterCommaOnly);
            // Bare postal codes ("IN", "OK", "ME") name a place only after a comma, never on their own.
            var standsAlone = !afterCommaOnly || name.IndexOf('.') >= 0;
            if (!standsAlone)
                return;
            if (!byName.TryGetValue(name, out var first))
                byName.Add(name, entry);
            else if (first.Kind == PlaceKind.State && entry.Kind == PlaceKind.Country && !countriesNamedLikeStates.ContainsKey(name))
                countriesNamedLikeStates.Add(name, entry);
        }
    }

    private static PlaceKind? ParseKind(string kind) => kind switch
    {
        "state" => PlaceKind.State,
        "country" => PlaceKind.Country,
        "region" => PlaceKind.Region,
        "city" => PlaceKind.City,
        _ => null,
    };

    private static string Column(string[] row, int index) => index < row.Length ? row[index] : "";

    private static IEnumerable<string> Aliases(string[] row, int index)
    {
        foreach (var alias in Column(row, index).Split(';'))
        {
            if (alias.Length > 0)
                yield return alias;
        }
    }
}
