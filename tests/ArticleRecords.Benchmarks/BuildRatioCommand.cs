using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
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
/// Beside each build's wall time it reads the compiler's own (the CoreCompile target of MSBuild's performance summary):
/// about a second of every build is MSBuild's whatever is compiled, and the compiler's time tells the generator's run
/// (ArticleRecords against the output as source) from the compiling of its output (the output against the floor).
/// With `keep`, the three consumers are left on disk (their directory is printed) for closer study.
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
        var compileTimes = new List<double>();
        var floorCompileTimes = new List<double>();
        var outputCompileTimes = new List<double>();
        Console.WriteLine($"{articles} articles ({BenchmarkCorpus.Source}, {texts.Sum(t => (long)t.Length):N0} characters), {rounds} alternating rounds, `dotnet {string.Join(' ', build)}`:");
        for (var round = 1; round <= rounds; round++)
        {
            var withGenerator = Time(generated, build);
            var withConsts = Time(floor, build);
            var withOutput = Time(output, build);
            ratios.Add(withGenerator.Build / withConsts.Build);
            outputRatios.Add(withOutput.Build / withConsts.Build);
            compileTimes.Add(withGenerator.Compile);
            floorCompileTimes.Add(withConsts.Compile);
            outputCompileTimes.Add(withOutput.Compile);
            Console.WriteLine($"  round {round}: ArticleRecords {withGenerator}, const floor {withConsts}, generated output as source {withOutput}; "
                              + $"ratios {withGenerator.Build / withConsts.Build:F2} and {withOutput.Build / withConsts.Build:F2}");
        }
        Console.WriteLine($"median ratio: {Statistics.Median(ratios):F2} (the generated output alone, compiled without the generator: {Statistics.Median(outputRatios):F2})");
        // About a second of every build is MSBuild's, whatever the compiler does: the compiler's own time (the build's
        // CoreCompile target) tells the generator's run and the compiling of its output apart. The floor compiles in a
        // few tenths of a second, so ratios to it swing widely from round to round; the times themselves are printed.
        Console.WriteLine($"median compiler time (CoreCompile): ArticleRecords {Statistics.Median(compileTimes):F2} s, const floor {Statistics.Median(floorCompileTimes):F2} s, generated output as source {Statistics.Median(outputCompileTimes):F2} s");
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

    private static BuildTime Time(string directory, string[] build)
    {
        var watch = Stopwatch.StartNew();
        var output = Dotnet(directory, [.. build, "-clp:PerformanceSummary"]);
        return new BuildTime(watch.Elapsed.TotalSeconds, CoreCompileSeconds(output));
    }

    /// <summary>The CoreCompile target's time in MSBuild's performance summary ("  1469 ms  CoreCompile  1 calls").</summary>
    private static double CoreCompileSeconds(string buildOutput)
    {
        foreach (var line in buildOutput.Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 3 && parts[1] == "ms" && parts[2] == "CoreCompile" && double.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds))
                return milliseconds / 1000;
        }
        throw new InvalidOperationException("The build printed no time for CoreCompile.");
    }

    private readonly record struct BuildTime(double Build, double Compile)
    {
        public override string ToString() => $"{Build:F1} s (compiler {Compile:F2} s)";
    }

    private static string Dotnet(string directory, params string[] arguments)
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
        return output.Result;
    }
}
