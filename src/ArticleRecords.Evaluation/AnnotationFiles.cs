using System;
using System.Collections.Generic;
using System.IO;

namespace ArticleRecords.Evaluation;

/// <summary>Picks one .ann file per article ("NAME_XXXX.ann", XXXX the annotator): the first in ordinal order.</summary>
internal static class AnnotationFiles
{
    public static SortedDictionary<string, string> OnePerArticle(IEnumerable<string> annotationPaths)
    {
        var chosen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var sorted = new List<string>(annotationPaths);
        sorted.Sort(StringComparer.Ordinal);
        foreach (var path in sorted)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var underscore = name.LastIndexOf('_');
            if (underscore <= 0)
                continue;
            var article = name.Substring(0, underscore);
            if (!chosen.ContainsKey(article))
                chosen[article] = path;
        }
        return chosen;
    }
}
