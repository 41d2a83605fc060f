using System.Text;

namespace ArticleRecords.Extraction;

/// <summary>The text every offset of the model points into.</summary>
public static class ArticleText
{
    /// <summary>
    /// Removes a leading byte order mark and makes every line ending (<c>\r\n</c>, lone <c>\r</c>) a <c>\n</c>.
    /// Nothing else changes, so lines and columns stay those of the file.
    /// </summary>
    public static string Normalize(string raw)
    {
        var start = raw.Length > 0 && raw[0] == '\uFEFF' ? 1 : 0;
        if (start == 0 && raw.IndexOf('\r') < 0)
            return raw;

        var builder = new StringBuilder(raw.Length);
        for (var i = start; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\r')
            {
                builder.Append(c);
                continue;
            }
            builder.Append('\n');
            if (i + 1 < raw.Length && raw[i + 1] == '\n')
                i++;
        }
        return builder.ToString();
    }
}
