using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArticleRecords.Extraction;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// `dump OUT [DIR]`: writes every fact extracted from every article, in a stable text form, so that a
/// change meant to leave output alone (an optimisation) can be checked with <c>cmp</c> against a dump
/// of the code before it. Each article is read as written, in capitals and in lower case, under two
/// sets of options, and a few hostile inputs follow; DIR defaults to the benchmark corpus.
/// </summary>
internal static class DumpCommand
{
    private static readonly ExtractionOptions[] OptionSets =
    {
        new(Published: new CalendarDate(2016, 1, 1)),
        new(Published: null, DollarCurrency: "CAD", DateOrder: NumericDateOrder.DayFirst),
    };

    public static void Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: dump OUT [DIR]");
            return;
        }
        var inputs = args.Length > 2
            ? Directory.GetFiles(args[2], "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList()
            : BenchmarkCorpus.Texts.Select((t, i) => ($"corpus {i}", t)).ToList();
        inputs.AddRange(HostileInputs());

        using var writer = new StreamWriter(args[1], false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (name, text) in inputs)
        {
            var variants = new[] { ("as written", text), ("upper", text.ToUpperInvariant()), ("lower", text.ToLowerInvariant()) };
            foreach (var (variant, variantText) in variants)
            {
                for (var o = 0; o < OptionSets.Length; o++)
                {
                    writer.WriteLine($"=== {name} / {variant} / options {o}");
                    Write(writer, ArticleExtractor.Extract(variantText, OptionSets[o]));
                }
            }
        }
        Console.WriteLine($"dumped {inputs.Count} inputs to {args[1]}");
    }

    private static IEnumerable<(string, string)> HostileInputs()
    {
        yield return ("empty", "");
        yield return ("lone surrogates and NUL", "\uD800 Mr. \uDC00Smith said \0 “\uD83D\uDE00 yes\uD800” on Jan. 5, \u20AC12 million \uDBFF");
        yield return ("long line", Fill(100_000, "Sen. Maria Alvarez said “no” on March 3, 2015, and $5.2 billion went to the U.S. Army in NEW YORK. "));
        yield return ("unclosed quotation marks", Fill(20_000, "“unclosed "));
        yield return ("capitalised words in a row", Fill(20_000, "Capital "));
        yield return ("quotation marks only", Fill(20_000, "“”\""));
        yield return ("digits and $", Fill(20_000, "$1,000.5 "));
        yield return ("quotations with pronouns", Fill(20_000, "“Yes,” he said. "));
        yield return ("nested double marks", Fill(20_000, "“A “b” c” "));
        yield return ("place names without end", Fill(20_000, "NEW YORK, N.H. United Arab ST. "));
        yield return ("line breaks", "\r\n\r\nWASHINGTON (AP) — \rHe said: “It\r\nis” \n\n\u2028 on Monday, 12/11/2015 and 3/4/16, £3bn, 40 pence. ");
    }

    private static string Fill(int length, string unit)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
            builder.Append(unit);
        return builder.ToString(0, length);
    }

    private static void Write(StreamWriter w, ExtractedArticle a)
    {
        w.WriteLine($"text {a.Text.Length} {StableHash(a.Text):X8}");
        w.WriteLine($"title {S(a.Title)}");
        if (a.Dateline is { } d)
            w.WriteLine($"dateline {S(d.Place)} {S(d.Source)} {Date(d.Date)} {S(d.Text)} {d.Start} {d.Length}");
        else
            w.WriteLine("dateline -");
        w.WriteLine("paragraphs " + string.Join(" ", a.Paragraphs.Select(r => $"{r.Start}+{r.Length}")));
        w.WriteLine("sentences " + string.Join(" ", a.Sentences.Select(r => $"{r.Start}+{r.Length}")));
        foreach (var q in a.Quotes)
            w.WriteLine($"quote {S(q.Text)} {S(q.Speaker)} {S(q.SpeakerMention)} {S(q.Cue)} {q.IsPartial} {q.Paragraph} {q.Start} {q.Length}");
        foreach (var m in a.Dates)
            w.WriteLine($"date {Date(m)}");
        foreach (var m in a.Money)
            w.WriteLine($"money {S(m.Text)} {m.Amount.ToString(CultureInfo.InvariantCulture)} {S(m.Currency)} {m.Start} {m.Length}");
        foreach (var p in a.People)
            w.WriteLine($"person {S(p.Name)} {S(p.Title)} {p.Start} {p.Length}");
        foreach (var o in a.Organizations)
            w.WriteLine($"organisation {S(o.Name)} {o.Start} {o.Length}");
        foreach (var p in a.Places)
            w.WriteLine($"place {S(p.Name)} {S(p.CountryCode)} {p.Start} {p.Length}");
        foreach (var i in a.Issues)
            w.WriteLine($"issue {i.Kind} {i.Start} {i.Length} {S(i.Message)}");
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = unchecked((hash ^ c) * 16777619u);
        return hash;
    }

    private static string Date(DateMention? m) =>
        m is null ? "-" : $"{S(m.Text)} {N(m.Year)} {N(m.Month)} {N(m.Day)} {m.Start} {m.Length}";

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    /// <summary>A string on one line: quoted, with line breaks, backslashes and other controls escaped.</summary>
    private static string S(string? value)
    {
        if (value is null)
            return "null";
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '\\' || c == '"')
                builder.Append('\\').Append(c);
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
