using System.Text;
using ArticleRecords.Generator.Emit;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Tests;

/// <summary>Article text cannot break out of a literal or a doc comment.</summary>
public class EmitHelpersTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\ and */ and \"\"\"")]
    [InlineData("line\nbreaks\r\u2028\u2029\u0085")]
    [InlineData("nul \0 and lone \uD800 surrogate")]
    [InlineData("{0} #region")]
    public void String_literals_parse_back_to_the_same_text(string text)
    {
        var literal = Literals.String(text);
        var parsed = SyntaxFactory.ParseExpression(literal);
        Assert.False(parsed.ContainsDiagnostics);
        Assert.Equal(text, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)parsed).Token.ValueText);
    }

    [Fact]
    public void A_long_literal_written_in_pieces_is_the_literal_written_whole()
    {
        // Surrogate halves, escapes and quotes, often where a piece ends, and lengths either side of a piece.
        var characters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Const('"'), Gen.Const('\\'), Gen.Const('\n'), Gen.Const('\0'),
            Gen.Const('\uD83D'), Gen.Const('\uDE00'), Gen.Char);
        var lengths = Gen.OneOf(Gen.Int[0, 3 * Literals.PieceLength], Gen.Int[Literals.PieceLength - 2, Literals.PieceLength + 2]);
        lengths.SelectMany(length => characters.Array[length]).Sample(chars =>
        {
            var text = new string(chars);
            var builder = new StringBuilder();
            Literals.AppendString(builder, text);
            Assert.Equal(Literals.String(text), builder.ToString());
        });
    }

    [Fact]
    public void A_pair_across_a_piece_boundary_stays_whole()
    {
        var text = new string('a', Literals.PieceLength - 1) + "\U0001F600" + "tail";
        var builder = new StringBuilder();
        Literals.AppendString(builder, text);
        Assert.Equal(Literals.String(text), builder.ToString());
        Assert.Contains("\U0001F600", builder.ToString());
    }

    [Fact]
    public void Decimal_literals_keep_every_digit_in_the_invariant_form() =>
        Assert.Equal("17000000000.25M", Literals.Decimal(17000000000.25m));

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\u2028b\u0085c", "a b c")]
    [InlineData("<b>&</b>", "&lt;b&gt;&amp;&lt;/b&gt;")]
    public void Doc_text_stays_on_one_line_and_is_xml_escaped(string text, string expected) =>
        Assert.Equal(expected, DocText.Escape(text));

    [Fact]
    public void A_writer_is_read_once_and_the_next_one_starts_empty()
    {
        var first = new SourceWriter().Open("class A").Close();
        Assert.Equal("class A\n{\n}\n", first.ToString());
        Assert.Throws<System.InvalidOperationException>(() => first.Line("more"));

        // The next writer on the thread reuses the first one's builder, emptied.
        Assert.Equal("class B;\n", new SourceWriter().Line("class B;").ToString());
    }

    [Fact]
    public void Doc_text_that_needs_nothing_done_is_the_text_itself()
    {
        var text = "Kassym-Jomart Tokayev, “bold and visionary step”";
        Assert.Same(text, DocText.Escape(text));
        Assert.Equal(new string('a', 10) + "…", DocText.Escape(new string('a', 11), 10));
    }

    [Fact]
    public void Doc_text_of_any_string_is_one_line_of_well_formed_xml_text() =>
        Gen.String.Sample(text =>
        {
            var escaped = DocText.Escape(text);
            return escaped.IndexOfAny(new[] { '<', '>', '\n', '\r', '\u0085', '\u2028', '\u2029' }) < 0
                   && System.Text.RegularExpressions.Regex.Matches(escaped, "&").Count == System.Text.RegularExpressions.Regex.Matches(escaped, "&(amp|lt|gt);").Count
                   && System.Xml.XmlConvert.VerifyXmlChars(escaped) == escaped;
        });

    [Fact]
    public void Doc_text_replaces_lone_surrogates()
    {
        // Built in code: attribute arguments cannot carry a lone surrogate intact.
        var text = "lone " + (char)0xDC00 + " and " + (char)0xD800;
        Assert.Equal("lone \uFFFD and \uFFFD", DocText.Escape(text));
    }

    [Fact]
    public void Doc_text_is_cut_without_splitting_a_surrogate_pair()
    {
        var text = new string('a', 9) + "😀" + "tail";
        Assert.Equal(new string('a', 9) + "😀…", DocText.Escape(text, 10));
    }
}
