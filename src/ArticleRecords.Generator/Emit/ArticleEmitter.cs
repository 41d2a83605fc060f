using System;
using System.Threading;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Diagnostics;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Turns one parsed article into the source of its class, keeping a defect of ours to that one article. The class does
/// not depend on the project's settings (see <see cref="MemberTypeAliases"/>), so the emission is made beside the
/// extraction, in the same pipeline step, and a change of namespace or visibility re-emits no article.
/// </summary>
internal static class ArticleEmitter
{
    /// <param name="model">The parsed article.</param>
    /// <param name="factDocs">Whether the class's doc lists every fact, or only counts them.</param>
    /// <param name="cancellationToken">Stops the work when the build no longer needs it.</param>
    public static ArticleEmission Emit(ArticleModel model, bool factDocs, CancellationToken cancellationToken) =>
        Emit(model, factDocs, ArticleClassEmitter.Emit, cancellationToken);

    /// <summary>As <see cref="Emit(ArticleModel, bool, CancellationToken)"/>, with the class written by <paramref name="emitClass"/> (tests make it fail).</summary>
    internal static ArticleEmission Emit(ArticleModel model, bool factDocs, Func<ArticleModel, ExtractedArticle, bool, string> emitClass, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (model.Article is null)
            return new ArticleEmission(model.FilePath, model.Name, null, model.Diagnostics);

        try
        {
            return new ArticleEmission(model.FilePath, model.Name, emitClass(model, model.Article, factDocs), model.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The driver would otherwise drop every output of the generator, not just this article's.
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.StartOf(model.FilePath), model.FileName, exception.GetType().Name + ": " + exception.Message);
            return new ArticleEmission(model.FilePath, model.Name, null, new EquatableArray<DiagnosticInfo>([.. model.Diagnostics, failure]));
        }
    }
}
