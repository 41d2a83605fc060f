using System.Linq;
using System.Text;
using ArticleRecords.Generator.Emit;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Generator.Tests;

/// <summary>A generated file read from its pieces is the same text as the pieces joined.</summary>
public class ConcatenatedTextReaderTests
{
    [Fact]
    public void Reads_the_pieces_in_order_across_empty_ones()
    {
        var pieces = new[] { "", "ab", "", "", "c", "def", "" };

        Assert.Equal("abcdef", new ConcatenatedTextReader(pieces).ReadToEnd());
        Assert.Equal(6, ConcatenatedTextReader.LengthOf(pieces));
    }

    [Fact]
    public void Reads_one_character_at_a_time_with_peek()
    {
        var reader = new ConcatenatedTextReader(new[] { "a", "", "bc" });
        var read = new StringBuilder();
        while (reader.Peek() is var next and >= 0)
        {
            Assert.Equal(next, reader.Read());
            read.Append((char)next);
        }
        Assert.Equal("abc", read.ToString());
        Assert.Equal(-1, reader.Read());
    }

    [Fact]
    public void Any_pieces_read_into_a_source_text_equal_them_joined() =>
        Gen.String.Array[0, 12].Sample(pieces =>
            SourceText.From(new ConcatenatedTextReader(pieces), ConcatenatedTextReader.LengthOf(pieces), Encoding.UTF8).ToString() == string.Concat(pieces));

    [Fact]
    public void A_text_longer_than_a_large_object_reads_back_whole()
    {
        // Roslyn keeps texts of more than 40K characters in chunks: the pieces cross the chunks' edges.
        var pieces = Enumerable.Range(0, 300).Select(i => new string((char)('a' + (i % 26)), 1 + (i * 37 % 1000))).ToArray();

        var text = SourceText.From(new ConcatenatedTextReader(pieces), ConcatenatedTextReader.LengthOf(pieces), Encoding.UTF8);

        Assert.Equal(string.Concat(pieces), text.ToString());
        Assert.Equal(Encoding.UTF8, text.Encoding);
    }
}
