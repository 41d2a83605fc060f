using System.Collections.Generic;

namespace ArticleRecords.Generator.Parsing;

/// <summary>Maps offsets in the normalised text back to offsets in the text as the file holds it.</summary>
internal static class OriginalOffsets
{
    /// <summary>Maps ascending normalised offsets in one pass over <paramref name="original"/>.</summary>
    public static int[] Map(string original, IEnumerable<int> ascendingNormalizedOffsets)
    {
        var result = new List<int>();
        var originalIndex = original.Length > 0 && original[0] == '\uFEFF' ? 1 : 0;
        var normalizedIndex = 0;
        foreach (var target in ascendingNormalizedOffsets)
        {
            while (normalizedIndex < target && originalIndex < original.Length)
            {
                // "\r\n" is one normalised character: step over both.
                originalIndex += original[originalIndex] == '\r' && originalIndex + 1 < original.Length && original[originalIndex + 1] == '\n' ? 2 : 1;
                normalizedIndex++;
            }
            result.Add(originalIndex);
        }
        return result.ToArray();
    }
}
