using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Generator.Model;

/// <summary>
/// Where a diagnostic points, as plain values: a <see cref="Location"/> would make pipeline steps
/// compare by reference and keep old compilations alive.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The first character of a file: for problems with the item rather than its text.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
