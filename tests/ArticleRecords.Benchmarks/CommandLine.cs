using System.Globalization;
using System.Linq;

namespace ArticleRecords.Benchmarks;

/// <summary>The words after a benchmark command's name.</summary>
internal static class CommandLine
{
    /// <summary>The numbers after the command's name, in order, leaving out the given flags wherever they stand.</summary>
    public static int[] Numbers(string[] args, params string[] flags) =>
        args.Skip(1).Where(a => !flags.Contains(a)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// For the commands that compare this build with another: the other build's assembly (the first word after the
    /// command's name, made a full path) and the numbers after it.
    /// </summary>
    public static (string OtherAssembly, int[] Numbers) OtherBuild(string[] args, string assemblyName)
    {
        if (args.Length < 2)
            throw new System.ArgumentException($"{args[0]} needs the path of the other build's {assemblyName}.");
        return (System.IO.Path.GetFullPath(args[1]), Numbers(args.Skip(1).ToArray()));
    }
}
