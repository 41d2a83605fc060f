using System;
using System.IO;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests;

/// <summary>The articles of tests/TestArticles, found by walking up from the test assembly.</summary>
internal static class TestArticles
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The file's text as written.</summary>
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Folder.Value, fileName));

    /// <summary>The file's text as every offset sees it (BOM removed, <c>\n</c> line endings).</summary>
    public static string ReadNormalized(string fileName) => ArticleText.Normalize(Read(fileName));

    public static ArticleDocument Parse(string fileName) => ArticleDocument.Parse(ReadNormalized(fileName), CancellationToken.None);

    public static ExtractedArticle Extract(string fileName, CalendarDate published) =>
        ArticleExtractor.Extract(Read(fileName), new ExtractionOptions(Published: published));

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "TestArticles");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/TestArticles not found above " + AppContext.BaseDirectory);
    }
}
