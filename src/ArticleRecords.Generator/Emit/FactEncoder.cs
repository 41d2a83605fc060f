using System.Globalization;
using System.Text;
using ArticleRecords.Extraction;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Writes an article's published date, dateline, paragraphs and facts as one compact string, which the
/// generated <c>FactReader</c> turns back into records on first use. One string literal costs the
/// compiler far less than thousands of object creations, which is what keeps large projects' builds fast.
/// </summary>
/// <remarks>
/// The format, read in this order (<see cref="FactReaderEmitter"/> holds the reader):
/// <code>
/// Facts       = Date? Dateline? Count Paragraph* Count Quote* Count DateMention* Count Money* Count Person* Count Organization* Count Place*
/// Date        = Int Int Int                              (year, month, day)
/// Dateline    = Start Length Str Str? DateMention? Span  (place, source, date, text)
/// Paragraph   = Start Length
/// Quote       = Start Length Span Str? Str? Str? Int Int (text, speaker, mention, cue, partial, paragraph)
/// DateMention = Start Length Span Int? Int? Int? Int     (text, year, month, day, whether Date is set)
/// Money       = Start Length Span Str Str                (text, amount, currency)
/// Person      = Start Length Str Str?                    (name, title)
/// Organization= Start Length Str                         (name)
/// Place       = Start Length Str Str?                    (name, country code)
/// Int         = '-'? digits ','          X?  = '~' (null) | X
/// Str         = digits ':' characters    (the digits count the UTF-16 code units that follow)
/// Span        = '=' (the article text at the fact's Start and Length) | Str
/// </code>
/// </remarks>
internal sealed class FactEncoder
{
    private readonly StringBuilder _builder = new();
    private readonly string _text;

    private FactEncoder(string text) => _text = text;

    public static string Encode(ExtractedArticle article, CalendarDate? published)
    {
        var encoder = new FactEncoder(article.Text);
        encoder.Date(published);
        encoder.Dateline(article.Dateline);
        encoder.Count(article.Paragraphs.Count);
        foreach (var paragraph in article.Paragraphs)
            encoder.Range(paragraph.Start, paragraph.Length);
        encoder.Count(article.Quotes.Count);
        foreach (var quote in article.Quotes)
            encoder.Quote(quote);
        encoder.Count(article.Dates.Count);
        foreach (var date in article.Dates)
            encoder.DateMention(date);
        encoder.Count(article.Money.Count);
        foreach (var money in article.Money)
            encoder.Money(money);
        encoder.Count(article.People.Count);
        foreach (var person in article.People)
        {
            encoder.Range(person.Start, person.Length);
            encoder.String(person.Name);
            encoder.String(person.Title);
        }
        encoder.Count(article.Organizations.Count);
        foreach (var organization in article.Organizations)
        {
            encoder.Range(organization.Start, organization.Length);
            encoder.String(organization.Name);
        }
        encoder.Count(article.Places.Count);
        foreach (var place in article.Places)
        {
            encoder.Range(place.Start, place.Length);
            encoder.String(place.Name);
            encoder.String(place.CountryCode);
        }
        return encoder._builder.ToString();
    }

    private void Dateline(Dateline? dateline)
    {
        if (dateline is null)
        {
            Null();
            return;
        }
        Range(dateline.Start, dateline.Length);
        String(dateline.Place);
        String(dateline.Source);
        if (dateline.Date is { } date)
            DateMention(date);
        else
            Null();
        Span(dateline.Text, dateline.Start, dateline.Length);
    }

    private void Quote(Quote quote)
    {
        Range(quote.Start, quote.Length);
        Span(quote.Text, quote.Start, quote.Length);
        String(quote.Speaker);
        String(quote.SpeakerMention);
        String(quote.Cue);
        Int(quote.IsPartial ? 1 : 0);
        Int(quote.Paragraph);
    }

    private void DateMention(DateMention date)
    {
        Range(date.Start, date.Length);
        Span(date.Text, date.Start, date.Length);
        Int(date.Year);
        Int(date.Month);
        Int(date.Day);
        Int(date.Date is null ? 0 : 1);
    }

    private void Money(MoneyMention money)
    {
        Range(money.Start, money.Length);
        Span(money.Text, money.Start, money.Length);
        String(money.Amount.ToString(CultureInfo.InvariantCulture));
        String(money.Currency);
    }

    private void Date(CalendarDate? date)
    {
        if (date is not { } d)
        {
            Null();
            return;
        }
        Int(d.Year);
        Int(d.Month);
        Int(d.Day);
    }

    private void Range(int start, int length)
    {
        Int(start);
        Int(length);
    }

    private void Count(int count) => Int(count);

    private void Int(int? value)
    {
        if (value is { } v)
            _builder.Append(v.ToString(CultureInfo.InvariantCulture)).Append(',');
        else
            Null();
    }

    private void String(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }
        _builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    /// <summary>A string that is most often the article text at the fact's own offsets: then one character says so.</summary>
    private void Span(string value, int start, int length)
    {
        var isTextAtOffsets = value.Length == length && start >= 0 && start + length <= _text.Length
            && string.CompareOrdinal(_text, start, value, 0, length) == 0;
        if (isTextAtOffsets)
            _builder.Append('=');
        else
            String(value);
    }

    private void Null() => _builder.Append('~');
}
