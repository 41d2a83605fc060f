using System;
using System.IO;

namespace ArticleRecords.Extraction.Tests.Places;

/// <summary>Reads an article of <c>tests/TestArticles</c>, found by walking up from the test binaries.</summary>
internal static class TestArticleFile
{
    public static string Read(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "TestArticles", fileName);
            if (File.Exists(candidate))
                return ArticleText.Normalize(File.ReadAllText(candidate));
        }
        throw new FileNotFoundException("Test article not found above " + AppContext.BaseDirectory, fileName);
    }
}
