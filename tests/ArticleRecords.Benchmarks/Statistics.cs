using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleRecords.Benchmarks;

/// <summary>Figures the commands report over their rounds.</summary>
internal static class Statistics
{
    /// <summary>The middle value once sorted (the upper of the two middle ones for an even count); the values are left as they are.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException("No values to take the median of.", nameof(values));
        Array.Sort(sorted);
        return sorted[sorted.Length / 2];
    }
}
