using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Emit;

/// <summary>C# literals as Roslyn writes them: article text can never break out of one.</summary>
internal static class Literals
{
    /// <summary>
    /// The longest run of characters formatted in one call by <see cref="AppendString"/>. Roslyn formats a literal in
    /// a pooled builder, but drops builders grown past 1,024 characters: an article's text formatted whole costs a
    /// fresh builder and a copy of it each time, a run this short reuses one.
    /// </summary>
    internal const int PieceLength = 256;

    public static string String(string? value) =>
        value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// Appends what <see cref="String"/> returns, formatting a long value in pieces. Roslyn escapes each character
    /// on its own, except that it keeps a surrogate pair together, so a value cut anywhere but inside a pair
    /// formats to the same text as the whole.
    /// </summary>
    public static void AppendString(StringBuilder builder, string? value)
    {
        if (value is null || value.Length <= PieceLength)
        {
            builder.Append(String(value));
            return;
        }

        builder.Append('"');
        for (var start = 0; start < value.Length;)
        {
            var end = System.Math.Min(start + PieceLength, value.Length);
            if (end < value.Length && char.IsHighSurrogate(value[end - 1]) && char.IsLowSurrogate(value[end]))
                end--;
            var piece = SymbolDisplay.FormatLiteral(value.Substring(start, end - start), quote: true);
            builder.Append(piece, 1, piece.Length - 2);
            start = end;
        }
        builder.Append('"');
    }

    public static string Int(int value) => SyntaxFactory.Literal(value).Text;

    public static string Int(int? value) => value is { } v ? Int(v) : "null";

    public static string Decimal(decimal value) => SyntaxFactory.Literal(value).Text;

    public static string Bool(bool value) => value ? "true" : "false";
}
