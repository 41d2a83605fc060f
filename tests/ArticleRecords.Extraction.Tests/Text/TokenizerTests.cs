using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text)
    {
        var document = ArticleDocument.Parse(text, CancellationToken.None);
        return document.Tokens.ToArray().Select(t => document.TextOf(t)).ToArray();
    }

    [Fact]
    public void Keeps_hyphenated_names_and_inner_apostrophes_in_one_word() =>
        Assert.Equal(new[] { "Kassym-Jomart", "Tokayev", "don't", "O'Brien" }, Words("Kassym-Jomart Tokayev don't O'Brien"));

    [Fact]
    public void Reads_a_possessive_as_part_of_the_word() =>
        Assert.Equal(new[] { "Kazakhstan’s", "goals" }, Words("Kazakhstan’s goals"));

    [Fact]
    public void Reads_initialisms_with_their_dots() =>
        Assert.Equal(new[] { "U.S.", "President", "and", "N.H.", "voters" }, Words("U.S. President and N.H. voters"));

    [Fact]
    public void Keeps_a_sentence_dot_after_a_plain_word() =>
        Assert.Equal(new[] { "in", "U", "." }, Words("in U."));

    [Fact]
    public void Reads_grouped_and_decimal_numbers_and_splits_trailing_letters() =>
        Assert.Equal(new[] { "$", "1,000.50", "and", "1.2", "bn", "on", "7", "th" }, Words("$1,000.50 and 1.2bn on 7th"));

    [Fact]
    public void Marks_the_first_token_of_each_line()
    {
        var document = ArticleDocument.Parse("One two.\n\nThree\nfour", CancellationToken.None);
        Assert.Equal(new[] { true, false, false, true, true }, document.Tokens.ToArray().Select(t => t.LineBreakBefore).ToArray());
        Assert.Equal(3, document.Paragraphs.Length);
    }

    [Fact]
    public void Skips_zero_width_and_direction_marks() =>
        Assert.Equal(new[] { "a", "b" }, Words("a\u200B\u200Fb"));
}
