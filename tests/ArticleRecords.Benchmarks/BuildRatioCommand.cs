using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `build-ratio [articles] [rounds]`: the `dotnet build` time of a consumer of N articles through the
/// packed ArticleRecords, against the same texts embedded as plain `const string` fields (what it costs
/// the compiler just to hold the text), built alternately in one run. Prints the median ratio.
/// A third consumer holds the generator's own output as plain source files, with no generator: its ratio to
/// the floor is what compiling the generated classes costs, and the rest of ArticleRecords' ratio is the
/// generator's run.
/// With `server`, both builds use the compiler server (`UseSharedCompilation=true`, the SDK's default, which
/// this machine's environment turns off): the generator then stays loaded and compiled between builds, as
/// on a developer's machine, instead of being loaded and JIT-compiled afresh by every build; three warm-up builds
/// each come before the timed rounds.
/// With `cache`, the compiler server also keeps each project's generator driver between builds
/// (`/features:enable-generator-cache`, Roslyn's opt-in): a build then re-extracts only the articles that changed.
/// With `keep`, the two consumers are left on disk (their directory is printed) for closer study.
/// </summary>
internal static class BuildRatioCommand
{
    public static void Run(string[] args)
    {
        var cache = args.Contains("cache");
        var server = cache || args.Contains("server");
        var keep = args.Contains("keep");
        var numbers = CommandLine.Numbers(args, "server", "keep", "cache");
        var articles = numbers.Length > 0 ? numbers[0] : 1_000;
        var rounds = numbers.Length > 1 ? numbers[1] : 5;
        var compilerServer = $"-p:UseSharedCompilation={(server ? "true" : "false")}";
        string[] build = cache
            ? ["build", "--no-restore", "--no-incremental", "-c", "Release", compilerServer, "-p:Features=enable-generator-cache"]
            : ["build", "--no-restore", "--no-incremental", "-c", "Release", compilerServer];
        var root = BenchmarkCorpus.RepositoryRoot ?? throw new InvalidOperationException("Generator.sln not found above the benchmark binaries.");
        var work = Path.Combine(Path.GetTempPath(), "articlerecords-build-ratio-" + Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(work, "feed");
        var version = $"0.1.0-bench.{DateTime.UtcNow:yyyyMMddHHmmss}";
        Directory.CreateDirectory(work);

        Dotnet(root, "pack", "src/ArticleRecords.Generator/ArticleRecords.Generator.csproj", "-c", "Release", "-o", feed, $"-p:PackageVersion={version}");
        var texts = BenchmarkCorpus.Replicated(articles);
        var generated = WriteGeneratorConsumer(Path.Combine(work, "generated"), feed, version, texts);
        var floor = WriteConstFloor(Path.Combine(work, "floor"), texts);
        Dotnet(generated, "restore");
        Dotnet(floor, "restore");
        var emitted = Path.Combine(work, "emitted");
        Dotnet(generated, "build", "--no-restore", "-c", "Release", compilerServer, "-p:EmitCompilerGeneratedFiles=true", $"-p:CompilerGeneratedFilesOutputPath={emitted}");
        var output = WriteOutputConsumer(Path.Combine(work, "output"), emitted);
        Dotnet(output, "restore");
        // Warm the disk cache for all three. The compiler server keeps the generator loaded but runs it
        // unoptimised at first, as any fresh process does: it takes a few builds to reach a developer's steady state.
        for (var warmUp = 0; warmUp < (server ? 3 : 1); warmUp++)
        {
            Dotnet(generated, build);
            Dotnet(floor, build);
            Dotnet(output, build);
        }

        var ratios = new List<double>();
        var outputRatios = new List<double>();
        Console.WriteLine($"{articles} articles ({BenchmarkCorpus.Source}, {texts.Sum(t => (long)t.Length):N0} characters), {rounds} alternating rounds, `dotnet {string.Join(' ', build)}`:");
        for (var round = 1; round <= rounds; round++)
        {
            var withGenerator = Time(generated, build);
            var withConsts = Time(floor, build);
            var withOutput = Time(output, build);
            ratios.Add(withGenerator / withConsts);
            outputRatios.Add(withOutput / withConsts);
            Console.WriteLine($"  round {round}: ArticleRecords {withGenerator:F1} s, const floor {withConsts:F1} s, generated output as source {withOutput:F1} s; ratios {withGenerator / withConsts:F2} and {withOutput / withConsts:F2}");
        }
        ratios.Sort();
        outputRatios.Sort();
        Console.WriteLine($"median ratio: {ratios[ratios.Count / 2]:F2} (the generated output alone, compiled without the generator: {outputRatios[outputRatios.Count / 2]:F2})");
        if (keep)
            Console.WriteLine($"kept: {work}");
        else
            Directory.Delete(work, recursive: true);
    }

    private static string WriteGeneratorConsumer(string directory, string feed, string version, string[] texts)
    {
        Directory.CreateDirectory(Path.Combine(directory, "Articles"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"),
            $"<configuration><packageSources><add key=\"bench\" value=\"{feed}\" /></packageSources></configuration>");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleRecords" Version="{version}" PrivateAssets="all" />
                <Article Update="Articles/**/*.txt" Published="2016-01-01" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(ArticleRecords.Articles.All.Count);");
        for (var i = 0; i < texts.Length; i++)
            File.WriteAllText(Path.Combine(directory, "Articles", $"a{i:D5}.txt"), texts[i]);
        return directory;
    }

    /// <summary>A consumer of the generator's output, copied in as ordinary source files: the same classes, no generator run.</summary>
    private static string WriteOutputConsumer(string directory, string emitted)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Output.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(ArticleRecords.Articles.All.Count);");
        foreach (var file in Directory.GetFiles(emitted, "*.g.cs", SearchOption.AllDirectories).Where(f => f.Contains("ArticleRecords.Generator", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        return directory;
    }

    private static string WriteConstFloor(string directory, string[] texts)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Floor.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $"System.Console.WriteLine({texts.Length});");
        for (var i = 0; i < texts.Length; i++)
        {
            var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(texts[i], quote: true);
            File.WriteAllText(Path.Combine(directory, $"A{i:D5}.cs"), $"internal static class A{i:D5} {{ public const string Text = {literal}; }}\n", Encoding.UTF8);
        }
        return directory;
    }

    private static double Time(string directory, string[] build)
    {
        var watch = Stopwatch.StartNew();
        Dotnet(directory, build);
        return watch.Elapsed.TotalSeconds;
    }

    private static void Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {directory}:\n{output.Result}\n{error.Result}");
    }
}
