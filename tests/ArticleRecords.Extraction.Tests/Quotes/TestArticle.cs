using System;
using System.IO;

namespace ArticleRecords.Extraction.Tests.Quotes;

/// <summary>Reads the test articles of tests/TestArticles by walking up from the test assembly.</summary>
internal static class TestArticle
{
    public static ExtractedArticle Extract(string fileName, CalendarDate published)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "TestArticles")))
            directory = directory.Parent;
        if (directory is null)
            throw new InvalidOperationException("tests/TestArticles not found above " + AppContext.BaseDirectory);
        var text = File.ReadAllText(Path.Combine(directory.FullName, "tests", "TestArticles", fileName));
        return ArticleExtractor.Extract(text, new ExtractionOptions(Published: published));
    }
}
