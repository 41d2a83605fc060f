using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

public class SliceTableTests
{
    private static readonly string[] Words = { "May", "march", "to", "Ünder", "hong kong dollars", "€", "a", "", "a very long key that is longer than sixty-three characters, as lengths share a bit from there on" };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_a_slice_exactly_when_the_dictionary_finds_its_copy(bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var dictionary = Words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, comparer);
        var table = new SliceTable<int>(dictionary, ignoreCase);
        const string text = "In MAY they march to the ünder of HONG KONG DOLLARS, €5 a day; Ma\u017Fy TO t\u212Ao, ma, \uD800 "
                            + "A very long key that is longer than sixty-three characters, as lengths share a bit from there on!";
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 0; start + length <= text.Length; length++)
            {
                var expected = dictionary.TryGetValue(text.Substring(start, length), out var value);
                Assert.Equal(expected, table.TryGetValue(text, start, length, out var found));
                if (expected)
                    Assert.Equal(value, found);
            }
        }
    }

    [Fact]
    public void Gives_the_key_as_it_holds_it()
    {
        var set = new SliceSet(new[] { "Nov", "Sept" }, ignoreCase: true);
        Assert.True(set.TryGetItem("On SEPT. 3", 3, 4, out var item));
        Assert.Equal("Sept", item);
        Assert.False(set.Contains("Sep"));
        Assert.True(set.MayStartWith('s'));
        Assert.False(set.MayStartWith('x'));
    }

    [Fact]
    public void Keeps_the_last_value_of_a_key_given_twice()
    {
        var table = new SliceTable<int>(new[] { new KeyValuePair<string, int>("a", 1), new KeyValuePair<string, int>("A", 2) }, ignoreCase: true);
        Assert.Equal(1, table.Count);
        Assert.True(table.TryGetValue("a", out var value));
        Assert.Equal(2, value);
    }

    [Fact]
    public void An_empty_table_finds_nothing()
    {
        var table = new SliceTable<int>(Array.Empty<KeyValuePair<string, int>>(), ignoreCase: false);
        Assert.False(table.TryGetValue("", out _));
        Assert.False(table.ContainsKey("x", 0, 1));
    }
}
