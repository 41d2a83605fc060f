using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleRecords.Evaluation;
using ArticleRecords.Extraction;

// Usage: ArticleRecords.Evaluation CORPUS_DIR [--misses N]
//        ArticleRecords.Evaluation --dump ARTICLE.txt...   (what each article yields)
// CORPUS_DIR holds text/, attributions/ and metadata.tsv (see /work/shared/corpus/README.md).
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: ArticleRecords.Evaluation CORPUS_DIR [--misses N]");
    return 2;
}
if (args[0] == "--dump" && args.Length > 1)
{
    // Prints what each article yields, to study a rule on it.
    foreach (var path in args.Skip(1))
    {
        var dumped = ArticleExtractor.Extract(File.ReadAllText(path));
        var name = args.Length > 2 ? Path.GetFileNameWithoutExtension(path) + " " : "";
        foreach (var q in dumped.Quotes)
            Console.WriteLine(FormattableString.Invariant($"{name}Q p{q.Paragraph} @{q.Start}+{q.Length} partial={q.IsPartial} speaker={q.Speaker ?? "-"} mention={q.SpeakerMention ?? "-"} cue={q.Cue ?? "-"} | {q.Text}"));
        foreach (var p in dumped.People)
            Console.WriteLine(FormattableString.Invariant($"{name}P {p.Name} [{p.Title ?? "-"}] @{p.Start}+{p.Length}"));
        foreach (var o in dumped.Organizations)
            Console.WriteLine(FormattableString.Invariant($"{name}O {o.Name} @{o.Start}+{o.Length}"));
        foreach (var issue in dumped.Issues)
            Console.WriteLine(FormattableString.Invariant($"{name}I {issue.Kind} @{issue.Start}"));
    }
    return 0;
}
var corpus = args[0];
var missesToShow = 20;
string? speakerMissesPath = null;
for (var i = 1; i + 1 < args.Length; i++)
{
    if (args[i] == "--speaker-misses")
        speakerMissesPath = args[i + 1];
    if (args[i] == "--misses" && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        missesToShow = n;
}

var published = CorpusMetadata.ReadPublicationDates(File.ReadAllText(Path.Combine(corpus, "metadata.tsv")));
var annotationFiles = AnnotationFiles.OnePerArticle(Directory.GetFiles(Path.Combine(corpus, "attributions"), "*.ann"));
var scoreboard = new Scoreboard();
var articles = 0;
foreach (var (article, annotationPath) in annotationFiles)
{
    var textPath = Path.Combine(corpus, "text", article + ".txt");
    if (!File.Exists(textPath))
        continue;
    articles++;
    var text = File.ReadAllText(textPath);
    var options = new ExtractionOptions(Published: published.TryGetValue(article, out var date) ? date : null);
    var extracted = ArticleExtractor.Extract(text, options);
    var gold = GoldQuoteReader.Read(extracted.Text, BratAnnotations.Parse(File.ReadAllText(annotationPath)));
    var spans = extracted.Quotes.Select(q => new ExtractedQuoteSpan(q.Start, q.Start + q.Length, q.Speaker, q.Text, q.SpeakerMention, q.Cue, q.IsPartial)).ToList();
    scoreboard.Add(article, extracted.Text, gold, spans);
}

Console.WriteLine(FormattableString.Invariant($"articles             {articles}"));
Console.WriteLine(FormattableString.Invariant($"gold direct quotes   {scoreboard.GoldQuotes}"));
Console.WriteLine(FormattableString.Invariant($"precision            {scoreboard.Precision:P1} ({scoreboard.MatchedWithSpeaker}/{scoreboard.ExtractedWithSpeaker})"));
Console.WriteLine(FormattableString.Invariant($"recall               {scoreboard.Recall:P1} ({scoreboard.MatchedGold}/{scoreboard.GoldQuotes})"));
Console.WriteLine(FormattableString.Invariant($"F1                   {scoreboard.F1:P1}"));
Console.WriteLine(FormattableString.Invariant($"speaker accuracy     {scoreboard.SpeakerAccuracy:P1} ({scoreboard.SpeakerCorrect}/{scoreboard.SpeakerJudged})"));
Console.WriteLine(FormattableString.Invariant($"  (diagnostic, not the rule: head-name speaker accuracy {scoreboard.SpeakerHeadAccuracy:P1} ({scoreboard.SpeakerHeadCorrect}/{scoreboard.SpeakerJudged}))"));
Console.WriteLine(FormattableString.Invariant($"  (the rule's ceiling: a speaker equal to the gold Source's head name would score {scoreboard.SpeakerCeilingAccuracy:P1} ({scoreboard.SpeakerCeiling}/{scoreboard.SpeakerJudged}))"));
Console.WriteLine(FormattableString.Invariant($"quotes w/o speaker   {scoreboard.ExtractedWithoutSpeaker}"));

if (speakerMissesPath is not null)
{
    // Every wrong or missing speaker as a TSV row, to study by category.
    using var writer = new StreamWriter(speakerMissesPath);
    writer.WriteLine("article\tstart\tgold\tours\tmention\tcue\thead_right\tpartial\ttext\tcontext");
    foreach (var miss in scoreboard.Misses.Where(m => m.Kind == MissKind.WrongSpeaker))
        writer.WriteLine(string.Join("\t", miss.Article, miss.Start.ToString(CultureInfo.InvariantCulture), Flat(miss.GoldSource), Flat(miss.Speaker),
            Flat(miss.Mention), Flat(miss.Cue), miss.HeadNameRight ? "1" : "0", miss.Partial ? "1" : "0", Flat(miss.Text), Flat(miss.Context)));
}

foreach (var kind in new[] { MissKind.NotFound, MissKind.Spurious, MissKind.WrongSpeaker })
{
    var misses = scoreboard.Misses.Where(m => m.Kind == kind).ToList();
    Console.WriteLine();
    Console.WriteLine(FormattableString.Invariant($"== {kind}: {misses.Count} (showing {Math.Min(missesToShow, misses.Count)})"));
    foreach (var miss in misses.Take(missesToShow))
    {
        var snippet = miss.Text.Replace('\n', ' ');
        if (snippet.Length > 90)
            snippet = snippet.Substring(0, 90) + "…";
        Console.WriteLine(FormattableString.Invariant($"{miss.Article}@{miss.Start}: “{snippet}” gold={miss.GoldSource ?? "-"} ours={miss.Speaker ?? "-"} mention={miss.Mention ?? "-"}"));
    }
}
return 0;

static string Flat(string? text) => text is null ? "-" : text.Replace('\t', ' ').Replace('\n', '¶');
