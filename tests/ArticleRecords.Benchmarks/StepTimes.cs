using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleRecords.Benchmarks;

/// <summary>The time a generator run spent in each of its tracked steps (a driver made with step tracking).</summary>
internal static class StepTimes
{
    /// <summary>Each step's name and its runs' time together; the source outputs' steps are named "output ...".</summary>
    public static IEnumerable<(string Name, double Milliseconds)> Of(GeneratorRunResult result) =>
        result.TrackedSteps.Select(step => (step.Key, Sum(step.Value)))
            .Concat(result.TrackedOutputSteps.Select(step => ("output " + step.Key, Sum(step.Value))));

    private static double Sum(IEnumerable<IncrementalGeneratorRunStep> runs) => runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
}
