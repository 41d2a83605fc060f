using System.Globalization;
using ArticleRecords.Extraction;
using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>What emitting one article needs at hand: the article, the settings, and the expressions that rebuild each fact.</summary>
internal sealed class EmitContext
{
    public EmitContext(ArticleModel model, ExtractedArticle article, GenerationSettings settings)
    {
        Model = model;
        Article = article;
        Settings = settings;
        Locator = new SourceLocator(article);
    }

    public ArticleModel Model { get; }

    public ExtractedArticle Article { get; }

    public GenerationSettings Settings { get; }

    public SourceLocator Locator { get; }

    public string Type(string recordName) => $"global::{Settings.Namespace}.{recordName}";

    public string Date(CalendarDate? date) =>
        date is { } d
            ? string.Format(CultureInfo.InvariantCulture, "new {0}({1}, {2}, {3})", Settings.DateType, Literals.Int(d.Year), Literals.Int(d.Month), Literals.Int(d.Day))
            : "null";

    public string New(Dateline d) => Construct("Dateline",
        ("Place", Literals.String(d.Place)),
        ("Source", Literals.String(d.Source)),
        ("Date", d.Date is null ? "null" : New(d.Date)),
        ("Text", Literals.String(d.Text)),
        ("Start", Literals.Int(d.Start)),
        ("Length", Literals.Int(d.Length)));

    public string New(Quote q) => Construct("Quote",
        ("Text", Literals.String(q.Text)),
        ("Speaker", Literals.String(q.Speaker)),
        ("SpeakerMention", Literals.String(q.SpeakerMention)),
        ("Cue", Literals.String(q.Cue)),
        ("IsPartial", Literals.Bool(q.IsPartial)),
        ("Paragraph", Literals.Int(q.Paragraph)),
        ("Start", Literals.Int(q.Start)),
        ("Length", Literals.Int(q.Length)));

    public string New(DateMention d) => Construct("DateMention",
        ("Text", Literals.String(d.Text)),
        ("Year", Literals.Int(d.Year)),
        ("Month", Literals.Int(d.Month)),
        ("Day", Literals.Int(d.Day)),
        ("Date", Date(d.Date)),
        ("Start", Literals.Int(d.Start)),
        ("Length", Literals.Int(d.Length)));

    public string New(MoneyMention m) => Construct("MoneyMention",
        ("Text", Literals.String(m.Text)),
        ("Amount", Literals.Decimal(m.Amount)),
        ("Currency", Literals.String(m.Currency)),
        ("Start", Literals.Int(m.Start)),
        ("Length", Literals.Int(m.Length)));

    public string New(Person p) => Construct("Person",
        ("Name", Literals.String(p.Name)),
        ("Title", Literals.String(p.Title)),
        ("Start", Literals.Int(p.Start)),
        ("Length", Literals.Int(p.Length)));

    public string New(Organization o) => Construct("Organization",
        ("Name", Literals.String(o.Name)),
        ("Start", Literals.Int(o.Start)),
        ("Length", Literals.Int(o.Length)));

    public string New(Place p) => Construct("Place",
        ("Name", Literals.String(p.Name)),
        ("CountryCode", Literals.String(p.CountryCode)),
        ("Start", Literals.Int(p.Start)),
        ("Length", Literals.Int(p.Length)));

    private string Construct(string recordName, params (string Name, string Value)[] arguments)
    {
        var parts = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
            parts[i] = arguments[i].Name + ": " + arguments[i].Value;
        return $"new {Type(recordName)}({string.Join(", ", parts)})";
    }
}
