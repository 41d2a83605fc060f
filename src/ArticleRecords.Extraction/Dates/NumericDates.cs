using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>
/// All-digit dates: ISO "2025-11-07" (and "2025-3-3", "2025/11/07"), "11/7/2025" read in the options' order, and
/// "7.11.2025", which is always day first: the dotted form is a day-first convention.
/// </summary>
internal static class NumericDates
{
    public static int? TryRead(ArticleDocument document, int index, DateMentions mentions)
    {
        if (DateWords.GluedToNumberPunctuation(document, index) || DateWords.FollowsCurrency(document, index))
            return null;
        return TryDotted(document, index, mentions) ?? TrySeparated(document, index, mentions);
    }

    // Number sep Number sep Number, all glued: "2025-11-07", "11/7/2025".
    private static int? TrySeparated(ArticleDocument document, int index, DateMentions mentions)
    {
        var tokens = document.Tokens;
        if (index + 4 >= tokens.Count)
            return null;
        for (var i = index + 1; i <= index + 4; i++)
        {
            if (tokens[i].SpaceBefore)
                return null;
        }
        var separator = tokens[index + 1];
        if (!separator.IsPunctuation || tokens[index + 3].Length != separator.Length
            || string.CompareOrdinal(document.Text, tokens[index + 3].Start, document.Text, separator.Start, separator.Length) != 0)
            return null;
        var c = document.FirstChar(separator);
        var slash = c == '/';
        if (!slash && c != '-')
            return null;
        // Glued to more figures ("2025-11-07-3", "1/2/2025/4"): a code, not a date.
        if (index + 5 < tokens.Count && !tokens[index + 5].SpaceBefore && tokens[index + 5].IsPunctuation
            && index + 6 < tokens.Count && !tokens[index + 6].SpaceBefore && tokens[index + 6].IsNumber)
            return null;

        int year, month, day;
        if (tokens[index].Length == 4 && tokens[index + 2].Length <= 2 && tokens[index + 4].Length <= 2)
        {
            year = DateWords.Year(document, tokens[index]);
            month = DateWords.Digits(document, tokens[index + 2], 2);
            day = DateWords.Digits(document, tokens[index + 4], 2);
        }
        else if (slash && tokens[index + 4].Length == 4)
        {
            var first = DateWords.Digits(document, tokens[index], 2);
            var second = DateWords.Digits(document, tokens[index + 2], 2);
            year = DateWords.Year(document, tokens[index + 4]);
            (month, day) = mentions.DateOrder == NumericDateOrder.DayFirst ? (second, first) : (first, second);
        }
        else
        {
            return null;
        }
        if (year < 0 || !CalendarDate.IsValid(year, month, day))
            return null;
        mentions.Add(tokens[index].Start, tokens[index + 4].End, year, month, day);
        return index + 5;
    }

    // The tokenizer reads "7.11.2025" as one number.
    private static int? TryDotted(ArticleDocument document, int index, DateMentions mentions)
    {
        var token = document.Tokens[index];
        var text = document.Text;
        var start = token.Start;
        var firstDot = DotWithin(text, start, 0, token.Length);
        var secondDot = firstDot < 0 ? -1 : DotWithin(text, start, firstDot + 1, token.Length);
        if (firstDot is < 1 or > 2 || secondDot - firstDot is < 2 or > 3 || token.Length - secondDot != 5 || text.IndexOf(',', start, token.Length) >= 0)
            return null;
        var day = DateWords.Digits(text, start, firstDot);
        var month = DateWords.Digits(text, start + firstDot + 1, secondDot - firstDot - 1);
        var year = DateWords.Digits(text, start + secondDot + 1, 4);
        if (day < 0 || month < 0 || year < 0 || !CalendarDate.IsValid(year, month, day) || year < 1000)
            return null;
        mentions.Add(token.Start, token.End, year, month, day);
        return index + 1;
    }

    // The offset from start of the first dot in text[start + from, start + end), or -1.
    private static int DotWithin(string text, int start, int from, int end)
    {
        var dot = text.IndexOf('.', start + from, end - from);
        return dot < 0 ? -1 : dot - start;
    }
}
