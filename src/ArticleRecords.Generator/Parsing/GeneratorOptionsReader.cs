using System;
using System.Collections.Generic;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleRecords.Generator.Parsing;

/// <summary>Reads and validates the project's ArticleRecords* MSBuild properties.</summary>
internal static class GeneratorOptionsReader
{
    private const string PropertyPrefix = "build_property.";

    public static GeneratorOptions Read(AnalyzerConfigOptions globalOptions)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var ns = GeneratorOptions.DefaultNamespace;
        if (Property(globalOptions, "ArticleRecordsNamespace") is { } requestedNamespace)
        {
            if (Identifiers.IsValidNamespace(requestedNamespace))
                ns = requestedNamespace;
            else
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, null, requestedNamespace));
        }

        var isPublic = false;
        if (Property(globalOptions, "ArticleRecordsVisibility") is { } visibility)
        {
            if (string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase))
                isPublic = true;
            else if (!string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownVisibility, null, visibility));
        }

        var dateOrder = NumericDateOrder.MonthFirst;
        if (Property(globalOptions, "ArticleRecordsDateOrder") is { } order)
        {
            if (string.Equals(order, nameof(NumericDateOrder.DayFirst), StringComparison.OrdinalIgnoreCase))
                dateOrder = NumericDateOrder.DayFirst;
            else if (!string.Equals(order, nameof(NumericDateOrder.MonthFirst), StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownDateOrder, null, order));
        }

        return new GeneratorOptions(ns, isPublic, dateOrder, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(PropertyPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
