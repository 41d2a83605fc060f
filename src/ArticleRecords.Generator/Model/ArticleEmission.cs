using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Model;

/// <summary>
/// One article's class source (null when the article generates none: unreadable, badly named, or
/// a failure of ours) and every diagnostic it earned. Compared by value, so re-extracting an article
/// that comes out the same stops recomputation here.
/// </summary>
internal sealed record ArticleEmission(string FilePath, string Name, string? Source, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The hash that picks the article's file (<see cref="Emit.ArticleFiles.NameHash"/>), taken once: the files are regrouped on every keystroke.</summary>
    public uint NameHash { get; } = Emit.ArticleFiles.NameHash(Name);
}
