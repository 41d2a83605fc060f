using System;
using System.IO;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Dates;

/// <summary>Reads the articles of tests/TestArticles, found by walking up from the test assembly.</summary>
internal static class TestArticleFiles
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Folder.Value, fileName));

    public static ArticleDocument Parse(string fileName) =>
        ArticleDocument.Parse(ArticleText.Normalize(Read(fileName)), CancellationToken.None);

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
