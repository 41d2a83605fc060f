using System;
using System.IO;

namespace ArticleRecords.Generator.Tests.Infrastructure;

/// <summary>The articles under tests/TestArticles, copied beside the test assembly.</summary>
internal static class TestArticles
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestArticles", fileName));

    public static ArticleFile Seed => new(GeneratorHarness.ProjectDirectory + "Articles/KazakhstanAbrahamAccords.txt", Read("KazakhstanAbrahamAccords.txt"), Published: "2025-11-07");

    public static ArticleFile Ap => new(GeneratorHarness.ProjectDirectory + "Articles/ApSenateWildfireAid.txt", Read("ApSenateWildfireAid.txt"), Published: "2025-10-02");

    public static ArticleFile Reuters => new(GeneratorHarness.ProjectDirectory + "Articles/ReutersHaldenCorvina.txt", Read("ReutersHaldenCorvina.txt"), Published: "2025-06-10");

    public static ArticleFile Riverton => new(GeneratorHarness.ProjectDirectory + "Articles/RivertonFloodMayor.txt", Read("RivertonFloodMayor.txt"), Published: "2025-03-10");
}
