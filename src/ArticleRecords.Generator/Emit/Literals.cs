using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleRecords.Generator.Emit;

/// <summary>C# literals as Roslyn writes them: article text can never break out of one.</summary>
internal static class Literals
{
    public static string String(string? value) =>
        value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Int(int value) => SyntaxFactory.Literal(value).Text;

    public static string Int(int? value) => value is { } v ? Int(v) : "null";

    public static string Decimal(decimal value) => SyntaxFactory.Literal(value).Text;

    public static string Bool(bool value) => value ? "true" : "false";
}
