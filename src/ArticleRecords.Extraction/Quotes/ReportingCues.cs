using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Quotes;

/// <summary>The reporting verbs that attribute words to a speaker, in all their forms.</summary>
internal static class ReportingCues
{
    private static readonly string[] Stems =
    {
        "say says said saying", "tell tells told telling", "add adds added adding", "write writes wrote written writing",
        "tweet tweets tweeted tweeting", "read reads", "emphasize emphasizes emphasized emphasizing",
        "emphasise emphasises emphasised emphasising", "underline underlines underlined underlining",
        "praise praises praised praising", "describe describes described describing", "state states stated stating",
        "declare declares declared declaring", "explain explains explained explaining", "note notes noted noting",
        "argue argues argued arguing", "insist insists insisted insisting", "claim claims claimed claiming",
        "ask asks asked asking", "answer answers answered answering", "reply replies replied replying",
        "respond responds responded responding", "warn warns warned warning", "recall recalls recalled recalling",
        "acknowledge acknowledges acknowledged acknowledging", "admit admits admitted admitting",
        "announce announces announced announcing", "boast boasts boasted boasting",
        "complain complains complained complaining", "suggest suggests suggested suggesting", "urge urges urged urging",
        "vow vows vowed vowing", "predict predicts predicted predicting", "promise promises promised promising",
        "joke jokes joked joking", "quip quips quipped quipping", "shout shouts shouted shouting",
        "yell yells yelled yelling", "exclaim exclaims exclaimed exclaiming", "remark remarks remarked remarking",
        "observe observes observed observing", "conclude concludes concluded concluding",
        "concede concedes conceded conceding", "contend contends contended contending",
        "maintain maintains maintained maintaining", "stress stresses stressed stressing",
        "assert asserts asserted asserting", "charge charges charged charging", "call calls called calling",
        "accuse accuses accused accusing", "hail hails hailed hailing", "dub dubs dubbed dubbing",
        "label labels labeled labelled labeling labelling", "term terms termed terming", "post posts posted posting",
        "continue continues continued continuing", "tout touts touted touting", "blast blasts blasted blasting",
        "mock mocks mocked mocking", "chant chants chanted chanting", "pledge pledges pledged pledging",
        "reiterate reiterates reiterated reiterating", "recount recounts recounted recounting",
        "testify testifies testified testifying", "confirm confirms confirmed confirming",
        "deny denies denied denying", "report reports reported reporting", "opine opines opined opining",
        "muse muses mused musing", "lament laments lamented lamenting", "scoff scoffs scoffed scoffing",
        "retort retorts retorted retorting", "counter counters countered countering", "point points pointed pointing",
        "write-in", "quote quotes quoted quoting", "cite cites cited citing", "whisper whispers whispered whispering",
        "mutter mutters muttered muttering", "cry cries cried crying", "thunder thunders thundered thundering",
        "declare declares declared declaring", "proclaim proclaims proclaimed proclaiming", "brag brags bragged bragging",
        "criticize criticizes criticized criticizing", "criticise criticises criticised criticising",
        "describe describes described describing", "characterize characterizes characterized characterizing",
        "echo echoes echoed echoing", "thank thanked thanking", "defend defends defended defending",
        "slam slams slammed slamming", "attack attacks attacked attacking", "applaud applauds applauded applauding",
        "decry decries decried decrying", "demand demands demanded demanding", "wonder wonders wondered wondering",
        "question questioned questioning", "scold scolds scolded scolding", "chide chides chided chiding",
        "ridicule ridicules ridiculed ridiculing", "welcome welcomed welcoming", "recall recalled", "reflect reflected",
        "summarize summarized summarizing", "summarise summarised summarising", "tease teased teasing",
        "quip quipped", "deride derided deriding", "lash lashed", "rip ripped", "caution cautioned cautioning",
        "blame blamed blaming", "remember remembered remembering", "reads",
        "assure assures assured assuring", "fume fumes fumed fuming", "retaliate retaliates retaliated retaliating",
        "interject interjects interjected interjecting", "demur demurs demurred demurring", "grouse grouses groused grousing",
        "bark barks barked barking", "boom booms boomed booming", "confess confesses confessed confessing",
        "allege alleges alleged alleging", "imply implies implied implying", "cautions", "comment comments commented commenting",
        "email emails emailed emailing", "riff riffs riffed riffing", "press presses pressed", "gush gushes gushed gushing",
        "marvel marvels marveled marvelled marveling", "snap snaps snapped snapping", "sniff sniffs sniffed sniffing",
        "huff huffs huffed", "concur concurs concurred", "stipulate stipulates stipulated", "affirm affirms affirmed affirming",
        "assert", "rail rails railed railing", "protest protests protested protesting", "plead pleads pleaded pleading",
        "agree agrees agreed", "react reacts reacted", "beamed",
    };

    // Forms that read more often as nouns ("interested states", "a warning", "hail") are left out.
    private static readonly HashSet<string> NounLike = new(StringComparer.Ordinal)
    {
        "state", "states", "note", "notes", "call", "calls", "post", "posts", "posting", "report", "reports", "charge",
        "charges", "term", "terms", "point", "points", "pointed", "pointing", "counter", "counters", "cry", "cries",
        "crying", "claim", "claims", "remark", "remarks", "answer", "answers", "quote", "quotes", "label", "labels",
        "promise", "promises", "tweet", "tweets", "continue", "cite", "cites", "stress",
        "stresses", "warning", "hail", "hails", "blast", "blasts", "chant", "chants", "muse", "muses", "musing",
        "reading", "write-in", "deny", "reply", "replies", "joke", "jokes", "vow", "vows",
        "pledge", "pledges", "boast", "boasts", "mock", "mocks", "read", "testify", "testifies", "testifying",
        "confirm", "report", "dub", "dubs", "thunder", "thunders", "press", "presses", "rail", "rails", "protest", "protests",
        "comment", "comments", "email", "emails", "snap", "snaps", "bark", "barks", "boom", "booms", "riff", "riffs",
        "huff", "huffs", "sniff", "sniffs", "fume", "fumes", "marvel", "marvels", "gush", "gushes", "grouse",
    };

    private static readonly SliceSet Verbs = new(Build());

    // The third-person forms left out as noun-like ("notes", "claims"): verbs right after their subject.
    private static readonly SliceSet NounLikePresent = new(BuildNounLikePresent());

    /// <summary>Words between a subject and its cue that do not end the subject ("He also underlined", "she has said").</summary>
    private static readonly SliceSet Auxiliaries = new(new[]
    {
        "also", "has", "had", "have", "would", "will", "later", "then", "again", "repeatedly", "once", "previously",
        "recently", "further", "often", "just", "did", "does", "do", "is", "was", "were", "are", "simply", "flatly",
        "publicly", "privately", "reportedly", "famously", "frequently", "told", "even", "already", "quickly",
        "angrily", "bluntly", "first", "initially", "subsequently", "loudly", "openly", "specifically", "explicitly",
        "may", "might", "could", "should", "can", "not", "never", "to", "went", "on", "wants", "want", "wanted",
        "tried", "decided", "used", "going", "been", "be", "being",
    });

    public static bool IsVerb(string word) => Verbs.Contains(word);

    /// <summary>A present form that reads as a noun unless its subject stands right before it ("Conway notes that").</summary>
    public static bool IsNounLikePresent(string word) => NounLikePresent.Contains(word);

    // Two-word cues whose verb alone is no cue: "pointed out", "went on", "shot back", "weighed in".
    private static readonly HashSet<string> Phrasals = new(StringComparer.Ordinal)
    {
        "pointed out", "points out", "went on", "goes on", "shot back", "fired back", "fires back", "hit back",
        "chimed in", "weighed in", "weighs in", "summed up", "sums up", "put it", "puts it", "spoke out", "lashed out",
        "cried out", "called out", "wrote back",
    };

    // The verbs of the phrasal cues: a word that is none of them is turned away without a copy.
    private static readonly SliceSet PhrasalVerbs = new(Phrasals.Select(phrasal => phrasal.Substring(0, phrasal.IndexOf(' '))));

    public static bool IsPhrasal(string verb, string particle) => Phrasals.Contains(verb + " " + particle);

    public static bool IsPhrasal(ArticleDocument document, in Token verb, in Token particle) =>
        PhrasalVerbs.Contains(document, verb) && IsPhrasal(document.TextOf(verb), document.TextOf(particle));

    // Every verb starts with an ASCII letter: capitalised, they are looked up as written.
    private static readonly SliceSet CapitalisedVerbs = new(Build().Select(verb => char.ToUpperInvariant(verb[0]) + verb.Substring(1)));

    /// <summary>A cue that opens its sentence ("Stated Stone:", "Said Trump:").</summary>
    public static bool IsCapitalisedVerb(string word) => IsCapitalisedVerb(word, 0, word.Length);

    /// <summary>Whether text[start, start + length) is a capitalised cue (see <see cref="IsCapitalisedVerb(string)"/>).</summary>
    public static bool IsCapitalisedVerb(string text, int start, int length)
    {
        if (length <= 1)
            return false;
        var first = text[start];
        if (first < 0x80)
            return first is >= 'A' and <= 'Z' && CapitalisedVerbs.Contains(text, start, length);
        // A capital beyond ASCII may still lower-case to an ASCII letter (the Kelvin sign to 'k').
        return char.IsUpper(first) && Verbs.Contains(char.ToLowerInvariant(first) + text.Substring(start + 1, length - 1));
    }

    /// <summary>Verbs whose speaker may follow them before the quotation: "Said Trump: “…”", "added Smith, “…”".</summary>
    public static bool TakesInvertedSpeaker(string word) =>
        word.ToLowerInvariant() is "said" or "says" or "added" or "adds" or "wrote" or "writes" or "continued" or "continues"
            or "explained" or "declared" or "tweeted" or "stated" or "asked" or "replied" or "responded";

    // The same verbs in any case, for a word of ASCII letters (beyond ASCII, lower-casing may give an ASCII letter).
    private static readonly SliceSet InvertedSpeakerVerbs = new(new[]
    {
        "said", "says", "added", "adds", "wrote", "writes", "continued", "continues", "explained", "declared", "tweeted", "stated",
        "asked", "replied", "responded",
    }, ignoreCase: true);

    public static bool TakesInvertedSpeaker(ArticleDocument document, in Token token)
    {
        var text = document.Text;
        for (var i = token.Start; i < token.End; i++)
        {
            if (text[i] >= 0x80)
                return TakesInvertedSpeaker(document.TextOf(token));
        }
        return InvertedSpeakerVerbs.Contains(document, token);
    }

    public static bool IsAuxiliary(string word) => Auxiliaries.Contains(word);

    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.Ordinal);

    // The same questions about a token, read where it stands.
    public static bool IsVerb(ArticleDocument document, in Token token) => Verbs.Contains(document, token);

    public static bool IsNounLikePresent(ArticleDocument document, in Token token) => NounLikePresent.Contains(document, token);

    public static bool IsAuxiliary(ArticleDocument document, in Token token) => Auxiliaries.Contains(document, token);

    public static bool IsParticiple(ArticleDocument document, in Token token) =>
        token.Length >= 3 && string.CompareOrdinal(document.Text, token.End - 3, "ing", 0, 3) == 0;

    public static bool IsCapitalisedVerb(ArticleDocument document, in Token token) => IsCapitalisedVerb(document.Text, token.Start, token.Length);

    private static IEnumerable<string> BuildNounLikePresent()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in Stems)
        {
            foreach (var form in stem.Split(' '))
            {
                if (NounLike.Contains(form) && form.EndsWith("s", StringComparison.Ordinal) && form is not ("points" or "presses" or "reads"))
                    forms.Add(form);
            }
        }
        return forms;
    }

    private static IEnumerable<string> Build()
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var forms in Stems)
        {
            foreach (var form in forms.Split(' '))
            {
                if (!NounLike.Contains(form))
                    verbs.Add(form);
            }
        }
        return verbs;
    }
}
