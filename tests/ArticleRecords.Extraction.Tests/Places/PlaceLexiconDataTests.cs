using System;
using System.IO;
using System.Linq;
using ArticleRecords.Extraction.Places;

namespace ArticleRecords.Extraction.Tests.Places;

public class PlaceLexiconDataTests
{
    private static string EmbeddedTsv()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(PlaceLexiconReader.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream!);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Embeds_a_small_lexicon() => Assert.InRange(EmbeddedTsv().Length, 10_000, 200_000);

    [Fact]
    public void Holds_every_iso_country_once_with_a_two_letter_code()
    {
        var codes = EmbeddedTsv().Split('\n')
            .Where(line => line.StartsWith("country\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t')[2])
            .ToArray();
        Assert.InRange(codes.Length, 240, 260);
        Assert.All(codes, code => Assert.True(code.Length == 2 && char.IsUpper(code[0]) && char.IsUpper(code[1]), code));
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void Reads_kinds_in_priority_order_so_a_state_keeps_a_name_a_country_shares()
    {
        var lexicon = PlaceLexiconReader.Read("# comment\ncountry\tGeorgia\tGE\tSakartvelo\t\nstate\tGeorgia\tUS\t\tGa.\ndemonym\tGeorgian\tGE\t\t\n");
        Assert.True(lexicon.ByName.TryGetValue("Georgia", out var georgia));
        Assert.Equal(PlaceKind.State, georgia.Kind);
        Assert.True(lexicon.ByName.TryGetValue("Sakartvelo", out var sakartvelo));
        Assert.Equal(PlaceKind.Country, sakartvelo.Kind);
        Assert.True(lexicon.Demonyms.TryGetValue("Georgian", out var code));
        Assert.Equal("GE", code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\t\t\n")]
    [InlineData("country\nbogus\tX\t\t\t\n\tNoKind")]
    public void Reads_malformed_data_without_throwing(string tsv) => Assert.Equal(0, PlaceLexiconReader.Read(tsv).ByName.Count);
}
