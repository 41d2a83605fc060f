using System.Globalization;
using System.Linq;

namespace ArticleRecords.Benchmarks;

/// <summary>The words after a benchmark command's name.</summary>
internal static class CommandLine
{
    /// <summary>The numbers after the command's name, in order, leaving out the given flags wherever they stand.</summary>
    public static int[] Numbers(string[] args, params string[] flags) =>
        args.Skip(1).Where(a => !flags.Contains(a)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
}
