using System;
using System.Collections.Generic;
using BenchmarkDotNet.Running;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- scaling       (linear-time table)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- profile [STAGE] [RUNS]  (time and allocations per stage)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- compare OTHER.dll [ROUNDS]  (this extraction against another build's, in turn)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- compare-edit OTHER.dll [ARTICLES] [EDITS]  (this generator's rerun after an edit against another build's, in turn)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- compare-run OTHER.dll [ARTICLES] [RUNS]  (whole generator runs against another build's, in turn)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- allocations [RUNS | generator | edit]   (allocated bytes by type)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- dump OUT [DIR]      (every fact, to compare before and after)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- generator 100 1000   (generator runs against extraction alone)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- cold 1000   (extraction in a fresh process: first pass against later ones)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- warm-up 1000 6   (full runs in a fresh process, step by step, cold to warm)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- edit-loop 1000 2000 [minimal] [steps] [parse]   (only edits, for a profiler)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- build-ratio 1000 5 [server] [cache] [keep]   (build time against the const floor)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- --filter '*'  (BenchmarkDotNet suites)
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action<string[]>> Commands = new(StringComparer.Ordinal)
    {
        ["scaling"] = _ => ScalingCommand.Run(),
        ["profile"] = ProfileCommand.Run,
        ["compare"] = CompareCommand.Run,
        ["compare-edit"] = CompareEditCommand.Run,
        ["compare-run"] = CompareRunCommand.Run,
        ["allocations"] = AllocationsCommand.Run,
        ["dump"] = DumpCommand.Run,
        ["generator"] = GeneratorCostCommand.Run,
        ["cold"] = ColdCommand.Run,
        ["edit-loop"] = EditLoopCommand.Run,
        ["build-ratio"] = BuildRatioCommand.Run,
        ["warm-up"] = WarmUpCommand.Run,
    };

    public static void Main(string[] args)
    {
        if (args.Length > 0 && Commands.TryGetValue(args[0], out var command))
            command(args);
        else
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
