using System.Globalization;
using System.Text;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Article text made safe for one line of an XML doc comment: XML-escaped, every line break (including
/// U+0085, U+2028 and U+2029, which end a C# comment line) and every character XML forbids replaced,
/// and long text cut at a character boundary.
/// </summary>
internal static class DocText
{
    public const int DefaultMaximumLength = 240;

    public static string Escape(string text, int maximumLength = DefaultMaximumLength)
    {
        // Most facts (names, places, short quotations) need nothing done: the text itself, with no copy.
        if (text.Length <= maximumLength && !NeedsEscaping(text))
            return text;

        var builder = new StringBuilder(System.Math.Min(text.Length, maximumLength) + 16);
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (written >= maximumLength)
            {
                builder.Append('…');
                break;
            }

            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '&')
            {
                builder.Append("&amp;");
            }
            else if (c == '<')
            {
                builder.Append("&lt;");
            }
            else if (c == '>')
            {
                builder.Append("&gt;");
            }
            else if (IsLineBreakOrControl(c))
            {
                builder.Append(' ');
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
            written++;
        }
        return builder.ToString();
    }

    // Whether the loop below would write anything but the character itself for some character of the text.
    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' || IsLineBreakOrControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                return true;
        }
        return false;
    }

    private static bool IsLineBreakOrControl(char c) =>
        c is '\u0085' or '\u2028' or '\u2029' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control;
}
