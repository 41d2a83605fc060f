using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

public class TextSliceSetTests
{
    [Fact]
    public void Finds_the_slices_it_holds_in_any_string_and_nothing_else()
    {
        const string text = "the senate and the house voted";
        var set = new TextSliceSet();
        set.Clear(text);
        foreach (var (start, length) in new[] { (0, 3), (4, 6), (11, 3), (15, 3), (19, 5) })
            set.Add(start, length);

        Assert.Equal(4, set.Count);
        Assert.True(set.Contains("senate"));
        Assert.True(set.Contains("the"));
        Assert.True(set.Contains("[house]", 1, 5));
        Assert.False(set.Contains("voted"));
        Assert.False(set.Contains("Senate"));
        Assert.False(set.Contains(""));
    }

    [Fact]
    public void Grows_and_is_cleared_for_another_text()
    {
        var words = Enumerable.Range(0, 1000).Select(i => "w" + i).ToArray();
        var text = string.Join(" ", words);
        var set = new TextSliceSet();
        set.Clear(text);
        var start = 0;
        foreach (var word in words)
        {
            set.Add(start, word.Length);
            start += word.Length + 1;
        }
        Assert.Equal(1000, set.Count);
        Assert.All(words, word => Assert.True(set.Contains(word)));
        Assert.False(set.Contains("w1000"));

        set.Clear("other words");
        Assert.Equal(0, set.Count);
        Assert.False(set.Contains("w1"));
        set.Add(0, 5);
        Assert.True(set.Contains("other"));
    }

    [Fact]
    public void Words_chosen_to_collide_move_the_set_to_copies_and_still_answer()
    {
        // Words whose hashes share their low twelve bits pile up in one run of slots.
        var colliding = new List<string>();
        var random = new Random(7);
        while (colliding.Count < 300)
        {
            var word = new string(Enumerable.Range(0, 8).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
            if ((SliceHash.Of(word, 0, word.Length) & 0xFFF) == 0 && !colliding.Contains(word))
                colliding.Add(word);
        }
        var set = TextSliceSet.OfWords(colliding);

        Assert.Equal(300, set.Count);
        Assert.All(colliding, word => Assert.True(set.Contains(word)));
        Assert.False(set.Contains("zzzzzzzzz"));
    }
}
