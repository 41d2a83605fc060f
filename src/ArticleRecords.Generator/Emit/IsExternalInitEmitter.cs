namespace ArticleRecords.Generator.Emit;

/// <summary>Supplies the marker type records' init accessors need, for targets older than .NET 5.</summary>
internal static class IsExternalInitEmitter
{
    public const string HintName = "ArticleRecords.IsExternalInit.g.cs";

    public static string Emit() =>
        GeneratedCodeInfo.Header + "\n" +
        "namespace System.Runtime.CompilerServices\n" +
        "{\n" +
        "    /// <summary>Lets C# 9 records compile on frameworks that predate them; supplied by ArticleRecords.</summary>\n" +
        "    " + GeneratedCodeInfo.Attribute + "\n" +
        "    internal static class IsExternalInit\n" +
        "    {\n" +
        "    }\n" +
        "}\n";
}
