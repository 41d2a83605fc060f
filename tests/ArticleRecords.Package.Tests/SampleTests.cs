using System.Linq;

namespace ArticleRecords.Package.Tests;

/// <summary>The sample, built against the freshly packed package, prints the seed article's facts.</summary>
[Collection(PackedPackageCollection.Name)]
public class SampleTests(PackedPackage package)
{
    [Fact]
    public void Sample_prints_the_seed_facts()
    {
        var output = DotNetCli.Run(package.RepositoryRoot, new[]
        {
            "run", "--project", "sample/ArticleRecords.Sample", "-c", "Release",
            $"-p:ArticleRecordsVersion={package.Version}", $"-p:RestoreAdditionalProjectSources={package.Feed}",
        }.Concat(DotNetCli.IsolatedBuild).ToArray());

        Assert.Contains("Dateline: ASTANA, source WNAM MONITIRONG", output);
        Assert.Contains("Quotes (6):", output);
        Assert.Contains("Kassym-Jomart Tokayev — emphasized (Tokayev, partial, paragraph 3)", output);
        Assert.Contains("Nov. 7 -> 2025-11-07", output);
        Assert.Contains("Nov. 6 -> 2025-11-06", output);
        Assert.Contains("$17 billion -> 17000000000 USD", output);
        Assert.Contains("Donald Trump, President", output);
        Assert.Contains("Benjamin Netanyahu, Prime Minister", output);
    }
}
