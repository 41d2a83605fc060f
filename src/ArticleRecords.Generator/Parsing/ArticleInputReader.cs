using System.Threading;
using ArticleRecords.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleRecords.Generator.Parsing;

/// <summary>Turns an AdditionalFile into an <see cref="ArticleInput"/>, or null when it is not an <c>Article</c> item.</summary>
internal static class ArticleInputReader
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static ArticleInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!options.TryGetValue(MetadataPrefix + "ArticleRecordsItem", out var item) || item != "Article")
            return null;

        string? text = null;
        string? readError = null;
        var sourceText = file.GetText(cancellationToken);
        if (sourceText is null)
            readError = "the compiler cannot read it as text (the file is missing, or is a binary file: see CS2015)";
        else
            text = sourceText.ToString();

        if (text is not null && text.IndexOf('\0') >= 0)
        {
            readError = "it holds NUL characters, so it is a binary file or not in a text encoding (save it as UTF-8)";
            text = null;
        }

        return new ArticleInput(
            file.Path,
            Metadata(options, "Name"),
            Metadata(options, "Published"),
            Metadata(options, "Title"),
            Metadata(options, "Currency"),
            text,
            readError,
            GeneratorOptionsReader.DateOrder(optionsProvider.GlobalOptions),
            GeneratorOptionsReader.FactDocs(optionsProvider.GlobalOptions));
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
