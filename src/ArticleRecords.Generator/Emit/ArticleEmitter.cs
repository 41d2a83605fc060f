using ArticleRecords.Extraction;
using System;
using System.Threading;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>Turns one parsed article into its generated file, keeping a defect of ours to that one article.</summary>
internal static class ArticleEmitter
{
    /// <param name="model">The parsed article.</param>
    /// <param name="namespace">The generated code's namespace, or null when nothing is generated (C# below 9).</param>
    /// <param name="cancellationToken">Stops the work when the build no longer needs it.</param>
    public static ArticleEmission Emit(ArticleModel model, string? @namespace, CancellationToken cancellationToken) =>
        Emit(model, @namespace, ArticleDataEmitter.EmitClass, cancellationToken);

    /// <summary>As <see cref="Emit(ArticleModel, string?, CancellationToken)"/>, with the data file written by <paramref name="emitData"/> (tests make it fail).</summary>
    internal static ArticleEmission Emit(ArticleModel model, string? @namespace, Func<ArticleModel, ExtractedArticle, string, string> emitData, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (model.Article is null || @namespace is null)
            return new ArticleEmission(model.FilePath, model.Name, null, model.Diagnostics);

        try
        {
            return new ArticleEmission(model.FilePath, model.Name, emitData(model, model.Article, @namespace), model.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The driver would otherwise drop every output of the generator, not just this article's.
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.StartOf(model.FilePath), model.FileName, exception.GetType().Name + ": " + exception.Message);
            return new ArticleEmission(model.FilePath, model.Name, null, new EquatableArray<DiagnosticInfo>([.. model.Diagnostics, failure]));
        }
    }
}
