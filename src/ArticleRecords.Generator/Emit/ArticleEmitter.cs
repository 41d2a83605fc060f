using System;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>Turns one parsed article into its generated file, keeping a defect of ours to that one article.</summary>
internal static class ArticleEmitter
{
    /// <param name="model">The parsed article.</param>
    /// <param name="settings">The project's settings, or null when nothing is generated (C# below 9).</param>
    /// <param name="cancellationToken">Stops the work when the build no longer needs it.</param>
    public static ArticleEmission Emit(ArticleModel model, ArticleClassSettings? settings, CancellationToken cancellationToken) =>
        Emit(model, settings, ArticleClassEmitter.Emit, cancellationToken);

    /// <summary>As <see cref="Emit(ArticleModel, ArticleClassSettings?, CancellationToken)"/>, with the class written by <paramref name="emitClass"/> (tests make it fail).</summary>
    internal static ArticleEmission Emit(ArticleModel model, ArticleClassSettings? settings, Func<ArticleModel, ExtractedArticle, ArticleClassSettings, string> emitClass, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (model.Article is null || settings is null)
            return new ArticleEmission(model.FilePath, model.Name, null, model.Diagnostics);

        try
        {
            return new ArticleEmission(model.FilePath, model.Name, emitClass(model, model.Article, settings), model.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The driver would otherwise drop every output of the generator, not just this article's.
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.StartOf(model.FilePath), model.FileName, exception.GetType().Name + ": " + exception.Message);
            return new ArticleEmission(model.FilePath, model.Name, null, new EquatableArray<DiagnosticInfo>([.. model.Diagnostics, failure]));
        }
    }
}
