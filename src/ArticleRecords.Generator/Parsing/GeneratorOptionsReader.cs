using System;
using System.Collections.Generic;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Model;
using Microsoft.CodeAnalysis;
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

        var isPublic = IsSwitched(globalOptions, "ArticleRecordsVisibility", "public", "internal", DiagnosticDescriptors.UnknownVisibility, diagnostics);
        // Read here for their diagnostics only: each article's input carries their values (see ArticleInputReader).
        ReadDateOrder(globalOptions, diagnostics);
        ReadFactDocs(globalOptions, diagnostics);

        return new GeneratorOptions(ns, isPublic, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    /// <summary>Whether the article classes' docs list every fact (an unknown value lists them; <see cref="Read"/> reports it).</summary>
    public static bool FactDocs(AnalyzerConfigOptions globalOptions) => ReadFactDocs(globalOptions, null);

    private static bool ReadFactDocs(AnalyzerConfigOptions globalOptions, List<DiagnosticInfo>? diagnostics) =>
        !IsSwitched(globalOptions, "ArticleRecordsFactDocs", "false", "true", DiagnosticDescriptors.UnknownFactDocs, diagnostics);

    /// <summary>How the project reads numeric dates (an unknown value reads month first; <see cref="Read"/> reports it).</summary>
    public static NumericDateOrder DateOrder(AnalyzerConfigOptions globalOptions) => ReadDateOrder(globalOptions, null);

    private static NumericDateOrder ReadDateOrder(AnalyzerConfigOptions globalOptions, List<DiagnosticInfo>? diagnostics) =>
        IsSwitched(globalOptions, "ArticleRecordsDateOrder", nameof(NumericDateOrder.DayFirst), nameof(NumericDateOrder.MonthFirst), DiagnosticDescriptors.UnknownDateOrder, diagnostics)
            ? NumericDateOrder.DayFirst
            : NumericDateOrder.MonthFirst;

    /// <summary>
    /// Whether a property with two accepted values (either case) is set to <paramref name="switched"/> rather than
    /// left unset or set to <paramref name="byDefault"/>; any other value is reported with <paramref name="unknown"/>
    /// and read as the default.
    /// </summary>
    private static bool IsSwitched(AnalyzerConfigOptions options, string name, string switched, string byDefault, DiagnosticDescriptor unknown, List<DiagnosticInfo>? diagnostics)
    {
        if (Property(options, name) is not { } value)
            return false;
        if (string.Equals(value, switched, StringComparison.OrdinalIgnoreCase))
            return true;
        if (!string.Equals(value, byDefault, StringComparison.OrdinalIgnoreCase))
            diagnostics?.Add(DiagnosticInfo.Create(unknown, null, value));
        return false;
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(PropertyPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
