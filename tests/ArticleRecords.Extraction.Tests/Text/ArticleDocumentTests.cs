using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

public class ArticleDocumentTests
{
    // Blank lines, lines of white space and of invisible marks hold no paragraph; a line with any token is one.
    private const string Text = " One two.\n\n \t \nThree\n\u200B\nfour. Five six!\n\u2028x \n";

    [Fact]
    public void Tells_each_token_its_paragraph_as_the_paragraphs_lie()
    {
        var document = ArticleDocument.Parse(Text, CancellationToken.None);
        var expected = document.Tokens.ToArray().Select(t => document.ParagraphOf(t.Start)).ToArray();
        Assert.Equal(expected, Enumerable.Range(0, document.Tokens.Count).Select(document.ParagraphOfToken).ToArray());
        Assert.Equal(new[] { 0, 0, 0, 1, 2, 2, 2, 2, 2, 3 }, expected);
        for (var p = 0; p < document.Paragraphs.Length; p++)
            Assert.Equal(document.TokenIndexAtOrAfter(document.Paragraphs[p].Start), document.FirstTokenOf(p));
    }

    [Fact]
    public void Answers_whether_tokens_share_a_paragraph_near_and_far()
    {
        var text = "A b c d e f g h i j k l m n o p.\nQ r s t u v w x y z.\n" + string.Join(" ", Enumerable.Repeat("w", 30));
        var document = ArticleDocument.Parse(text, CancellationToken.None);
        var count = document.Tokens.Count;
        for (var a = 0; a < count; a++)
        {
            for (var b = 0; b < count; b++)
                Assert.Equal(document.ParagraphOfToken(a) == document.ParagraphOfToken(b), document.SameParagraph(a, b));
            for (var p = -1; p <= document.Paragraphs.Length; p++)
                Assert.Equal(document.ParagraphOfToken(a) == p, document.IsInParagraph(a, p));
        }
        Assert.False(document.IsInParagraph(count, document.Paragraphs.Length - 1));
        Assert.False(document.IsInParagraph(-1, 0));
    }

    [Fact]
    public void Marks_the_last_token_of_each_sentence()
    {
        var document = ArticleDocument.Parse(Text, CancellationToken.None);
        var ends = Enumerable.Range(0, document.Tokens.Count).Where(document.EndsSentence).ToArray();
        Assert.Equal(document.Sentences.Select(s => document.Tokens.ToArray().ToList().FindLastIndex(t => t.End == s.Start + s.Length)).ToArray(), ends);
        Assert.Equal(new[] { 2, 3, 5, 8, 9 }, ends);
    }

    [Fact]
    public void An_empty_text_has_no_token_and_no_paragraph()
    {
        var document = ArticleDocument.Parse("", CancellationToken.None);
        Assert.Equal(0, document.Tokens.Count);
        Assert.Empty(document.Paragraphs);
        Assert.False(document.IsInParagraph(0, 0));
    }
}
