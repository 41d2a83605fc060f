using System.Linq;
using ArticleRecords.Extraction;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator.Model;

/// <summary>A diagnostic waiting to be reported, as an equatable value.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArguments) =>
        new(descriptor, location, new EquatableArray<string>(messageArguments));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation(), MessageArguments.Cast<object>().ToArray());
}
