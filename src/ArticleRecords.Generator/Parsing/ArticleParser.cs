using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Parsing;

/// <summary>Turns one <see cref="ArticleInput"/> into an <see cref="ArticleModel"/>: names it, reads its metadata, extracts its facts.</summary>
internal static class ArticleParser
{
    public static ArticleModel Parse(ArticleInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var fileName = Path.GetFileName(input.FilePath);
        var fileStart = LocationInfo.StartOf(input.FilePath);

        var name = input.Name ?? ArticleNames.FromFileName(input.FilePath);
        var nameProblem = ArticleNames.Validate(name);
        if (nameProblem is not null)
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidName, fileStart, fileName, name, nameProblem));

        CalendarDate? published = null;
        if (input.Published is { } publishedText)
        {
            if (CalendarDate.TryParseIso(publishedText, out var date))
                published = date;
            else
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPublished, fileStart, fileName, publishedText));
        }

        var dollarCurrency = "USD";
        if (input.Currency is { } currency)
        {
            if (CurrencyCodes.IsIsoCode(currency))
                dollarCurrency = currency.ToUpperInvariant();
            else
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCurrency, fileStart, fileName, currency));
        }

        ExtractedArticle? article = null;
        if (input.Text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableArticle, fileStart, fileName, input.ReadError ?? "unknown error"));
        }
        else if (nameProblem is null)
        {
            if (string.IsNullOrWhiteSpace(input.Text))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyArticle, fileStart, fileName));

            var options = new ExtractionOptions(published, dollarCurrency, input.DateOrder);
            try
            {
                article = ArticleExtractor.Extract(input.Text, options, cancellationToken);
                diagnostics.AddRange(IssueDiagnostics.Create(input.FilePath, input.Text, article.Issues));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A defect of ours costs this article only: a throwing step would drop every article's output.
                article = null;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, fileStart, fileName, exception.GetType().Name + ": " + exception.Message));
            }
        }

        return new ArticleModel(
            input.FilePath,
            fileName,
            name,
            published,
            input.Title ?? article?.Title,
            article,
            new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }
}
