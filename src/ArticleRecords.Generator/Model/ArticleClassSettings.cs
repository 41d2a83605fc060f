namespace ArticleRecords.Generator.Model;

/// <summary>
/// The few settings the files of article classes are written with (their aliases, namespace and visibility), reduced
/// from <see cref="GenerationSettings"/> so that any other setting's change leaves every file cached. The classes
/// themselves depend on none of them (see <see cref="Emit.MemberTypeAliases"/>).
/// </summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="TypeVisibility"><c>public</c> or <c>internal</c>.</param>
/// <param name="DateType">The type that stands for a date: <c>DateOnly</c>, or <c>DateTime</c> where there is none.</param>
internal sealed record ArticleClassSettings(string Namespace, string TypeVisibility, string DateType)
{
    /// <summary>The settings of a project whose C# version can hold records, or null when nothing is generated.</summary>
    public static ArticleClassSettings? From(GenerationSettings settings) =>
        settings.Target.SupportsRecords ? new(settings.Namespace, settings.TypeVisibility, settings.DateType) : null;
}
