using Microsoft.CodeAnalysis;

namespace ArticleRecords.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports (documented in the README's diagnostics table). IDs are stable: never reuse or renumber one.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ArticleRecords";

    public static readonly DiagnosticDescriptor UnreadableArticle = new(
        "AR0001", "Article file cannot be read",
        "Article '{0}' cannot be read: {1}; it is not generated",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EmptyArticle = new(
        "AR0002", "Article is empty",
        "Article '{0}' has no text; its record holds no facts",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnbalancedQuotation = new(
        "AR0003", "Unbalanced quotation mark",
        "{0}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AmbiguousNestedQuotation = new(
        "AR0004", "Ambiguous nested quotation",
        "{0}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "AR0005", "Two articles have the same Name",
        "Article '{0}' is named '{1}', like '{2}'; give one of them another Name metadata value (this one is not generated)",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidName = new(
        "AR0006", "Invalid article Name",
        "Article '{0}' has Name '{1}', which {2}; use a C# identifier such as 'MyArticle' (this article is not generated)",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidPublished = new(
        "AR0007", "Invalid Published date",
        "Article '{0}' has Published '{1}', which is not an ISO date like '2025-11-07'; dates without a year stay unresolved",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidCurrency = new(
        "AR0008", "Invalid Currency",
        "Article '{0}' has Currency '{1}', which is not a three-letter ISO 4217 code like 'USD' or 'CAD'; a bare '$' is read as USD",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        "AR0101", "Invalid ArticleRecordsNamespace",
        "ArticleRecordsNamespace '{0}' is not a C# namespace name such as 'MyApp.News'; the generated code uses 'ArticleRecords'",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownVisibility = new(
        "AR0102", "Unknown ArticleRecordsVisibility",
        "ArticleRecordsVisibility '{0}' is neither 'internal' nor 'public'; the generated types are internal",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownDateOrder = new(
        "AR0103", "Unknown ArticleRecordsDateOrder",
        "ArticleRecordsDateOrder '{0}' is neither 'MonthFirst' nor 'DayFirst'; numeric dates are read month first",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownFactDocs = new(
        "AR0105", "Unknown ArticleRecordsFactDocs",
        "ArticleRecordsFactDocs '{0}' is neither 'true' nor 'false'; every fact is listed in the article classes' docs",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        "AR0104", "C# 9 or later required",
        "ArticleRecords generates records, which need C# 9 or later, but this project uses C# {0}; set <LangVersion>latest</LangVersion> (nothing is generated)",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        "AR0900", "ArticleRecords failed on an article",
        "ArticleRecords could not generate '{0}': {1}. The other articles were generated; please report this with the article.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
