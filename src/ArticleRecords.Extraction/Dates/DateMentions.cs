using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Dates;

/// <summary>The mentions found so far, with what they are resolved against.</summary>
internal sealed class DateMentions
{
    private readonly ArticleDocument _document;
    private readonly List<DateMention> _found = new();

    public DateMentions(ArticleDocument document, ExtractionOptions options)
    {
        _document = document;
        Published = options.Published;
        DateOrder = options.DateOrder;
    }

    public CalendarDate? Published { get; }

    public NumericDateOrder DateOrder { get; }

    /// <summary>Where the last mention ended, to chain "from 2016 to 2020".</summary>
    public int LastEnd => _found.Count == 0 ? -1 : _found[_found.Count - 1].Start + _found[_found.Count - 1].Length;

    public void Add(int start, int end, int? year, int? month, int? day) =>
        _found.Add(new DateMention(_document.TextBetween(start, end), year, month, day, start, end - start));

    public DateMention[] ToArray()
    {
        // Readers run left to right and never overlap, but a range end is added after its start: keep text order firm.
        _found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return _found.ToArray();
    }

    /// <summary>The length of a token's word without a possessive: "Tuesday's" is "Tuesday".</summary>
    public static int LengthWithoutPossessive(ArticleDocument document, in Token token)
    {
        var text = document.Text;
        var end = token.End;
        return token.Length > 2 && CharClass.IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S'
            ? token.Length - 2
            : token.Length;
    }
}
