using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Generator.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory; a null text stands for a file the compiler cannot read.</summary>
internal sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
