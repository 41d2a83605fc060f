using System;
using System.Collections.Generic;

namespace ArticleRecords.Benchmarks;

/// <summary>Two measured actions taken one after the other, again and again, so that both meet the machine as it is.</summary>
internal static class InTurn
{
    /// <summary>
    /// Times each action <paramref name="count"/> times, in turn; which goes first changes from one time to the next, so
    /// that neither always runs on the other's caches and garbage. Each action returns its own time.
    /// </summary>
    public static (List<double> Current, List<double> Other) Time(int count, Func<double> current, Func<double> other)
    {
        var currentTimes = new List<double>(count);
        var otherTimes = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            if (i % 2 == 0)
            {
                currentTimes.Add(current());
                otherTimes.Add(other());
            }
            else
            {
                otherTimes.Add(other());
                currentTimes.Add(current());
            }
        }
        return (currentTimes, otherTimes);
    }
}
