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

        ReadDateOrder(globalOptions, diagnostics);

        var factDocs = true;
        if (Property(globalOptions, "ArticleRecordsFactDocs") is { } listFacts)
        {
            if (string.Equals(listFacts, "false", StringComparison.OrdinalIgnoreCase))
                factDocs = false;
            else if (!string.Equals(listFacts, "true", StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownFactDocs, null, listFacts));
        }

        return new GeneratorOptions(ns, isPublic, factDocs, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    /// <summary>How the project reads numeric dates (an unknown value reads month first; <see cref="Read"/> reports it).</summary>
    public static NumericDateOrder DateOrder(AnalyzerConfigOptions globalOptions) => ReadDateOrder(globalOptions, null);

    private static NumericDateOrder ReadDateOrder(AnalyzerConfigOptions globalOptions, List<DiagnosticInfo>? diagnostics)
    {
        if (Property(globalOptions, "ArticleRecordsDateOrder") is not { } order)
            return NumericDateOrder.MonthFirst;
        if (string.Equals(order, nameof(NumericDateOrder.DayFirst), StringComparison.OrdinalIgnoreCase))
            return NumericDateOrder.DayFirst;
        if (!string.Equals(order, nameof(NumericDateOrder.MonthFirst), StringComparison.OrdinalIgnoreCase))
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownDateOrder, null, order));
        return NumericDateOrder.MonthFirst;
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(PropertyPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
