using System;
using BenchmarkDotNet.Running;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- scaling       (linear-time table)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- profile [STAGE] [RUNS]  (time and allocations per stage)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- allocations [RUNS]   (allocated bytes by type)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- dump OUT [DIR]      (every fact, to compare before and after)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- generator 100 1000   (generator runs against extraction alone)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- cold 1000   (extraction in a fresh process: first pass against later ones)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- edit-loop 1000 2000   (only edits, for a profiler)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- build-ratio 1000 5   (build time against the const floor)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- build-ratio 1000 5 server   (the same through the compiler server)
/// dotnet run -c Release --project tests/ArticleRecords.Benchmarks -- --filter '*'  (BenchmarkDotNet suites)
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
        {
            ScalingCommand.Run();
            return;
        }
        if (args.Length > 0 && args[0] == "profile")
        {
            ProfileCommand.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "allocations")
        {
            AllocationsCommand.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "dump")
        {
            DumpCommand.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "generator")
        {
            GeneratorCostCommand.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "cold")
        {
            ColdCommand.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "edit-loop")
        {
            EditLoopCommand.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "build-ratio")
        {
            BuildRatioCommand.Run(args);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
