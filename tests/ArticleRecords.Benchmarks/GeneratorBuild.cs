using System;
using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Benchmarks;

/// <summary>One build of the generator, with the extraction beside it, in a context of its own; Roslyn is the process's.</summary>
internal sealed class GeneratorBuild
{
    private readonly GeneratorInputs _inputs;
    private readonly IIncrementalGenerator _generator;
    private readonly AlternatingEdit _edit;
    private GeneratorDriver _driver;

    public GeneratorBuild(string name, string path, GeneratorInputs inputs)
    {
        Path = path;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var assembly = BuildLoadContext.Load(name, path);
        _generator = (IIncrementalGenerator)Activator.CreateInstance(
            assembly.GetType("ArticleRecords.Generator.ArticleRecordsGenerator", throwOnError: true)!)!;
        _inputs = inputs;
        _driver = inputs.CreateDriver(_generator).RunGenerators(inputs.Compilation);
        _edit = new AlternatingEdit(inputs);
        Retained = GC.GetTotalMemory(forceFullCollection: true) - before;
    }

    public string Path { get; }

    /// <summary>The bytes the driver keeps after its first run, with the build's own tables (its lexicons, its code).</summary>
    public long Retained { get; }

    /// <summary>A whole run of a new driver over every article, as a build without the driver cache makes, after a full collection; its time in milliseconds.</summary>
    public double FullRun()
    {
        // Each run leaves a hundred megabytes behind: collected first, so that no run pays for the one before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = Stopwatch.GetTimestamp();
        _inputs.CreateDriver(_generator).RunGenerators(_inputs.Compilation);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>Edits the middle article and reruns the generator; the rerun's time in milliseconds.</summary>
    public double Edit()
    {
        var (_, file) = _edit.Next();
        var start = Stopwatch.GetTimestamp();
        _driver = _edit.Apply(_driver, file);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
