using System;
using System.Collections.Generic;
using System.Linq;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Money;

/// <summary>A currency as written after an amount: its code (null: the dollar of the options) and how many units make one.</summary>
internal readonly struct CurrencyWord
{
    public CurrencyWord(string? code, decimal divisor, bool needsScale = false)
    {
        Code = code;
        Divisor = divisor;
        NeedsScale = needsScale;
    }

    /// <summary>The ISO 4217 code, or null for the dollar <see cref="ExtractionOptions.DollarCurrency"/> names.</summary>
    public string? Code { get; }

    /// <summary>1, or 100 for cents and pence.</summary>
    public decimal Divisor { get; }

    /// <summary>Words that are mostly something else ("won") count only after a scale word.</summary>
    public bool NeedsScale { get; }
}

/// <summary>Currency symbols, dollar prefixes, ISO codes and currency words.</summary>
internal static class CurrencyLexicon
{
    private static readonly SliceTable<string> Symbols = new(new Dictionary<string, string>
    {
        ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₸"] = "KZT", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW",
        ["₪"] = "ILS", ["₺"] = "TRY", ["₴"] = "UAH", ["₦"] = "NGN", ["₱"] = "PHP", ["₫"] = "VND", ["฿"] = "THB",
        ["₵"] = "GHS", ["₮"] = "MNT", ["₾"] = "GEL", ["₼"] = "AZN", ["₲"] = "PYG", ["₡"] = "CRC", ["₭"] = "LAK",
    }, ignoreCase: false);

    // The letters written right before "$" (or "¥"): "US$", "HK$", "CN¥".
    private static readonly SliceTable<string> DollarPrefixes = new(new Dictionary<string, string>
    {
        ["US"] = "USD", ["U.S."] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["Can"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD",
        ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD", ["SG"] = "SGD", ["NT"] = "TWD", ["R"] = "BRL",
        ["MX"] = "MXN", ["Mex"] = "MXN", ["J"] = "JMD", ["Z"] = "ZWL",
    }, ignoreCase: false);

    private static readonly SliceTable<string> YenPrefixes = new(new Dictionary<string, string>
    {
        ["CN"] = "CNY", ["RMB"] = "CNY", ["JP"] = "JPY",
    }, ignoreCase: false);

    // Codes that are also English words or names are left out on purpose: ALL (lek), TRY (lira), PEN (sol),
    // GEL (lari), PHP (peso, and the language), CUP, TOP, MOP; an all-capitals headline is full of them.
    private static readonly SliceSet IsoCodes = new(new[]
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "KZT", "RUB", "INR", "KRW", "CHF", "CAD", "AUD", "HKD", "NZD", "SGD",
        "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BRL", "MXN", "ZAR", "ILS", "UAH", "NGN", "EGP",
        "SAR", "AED", "QAR", "KWD", "THB", "MYR", "IDR", "TWD", "VND", "PKR", "BDT", "ARS", "CLP", "COP",
        "KES", "UZS", "AZN", "BYN", "KGS", "TJS",
    });

    private static readonly Dictionary<string, CurrencyWord> Words = BuildWords();

    // The phrases of Words by their first word, to match them on the tokens without building the phrase.
    private static readonly SliceTable<CurrencyPhrase[]> PhrasesByFirstWord = IndexByFirstWord(Words);

    /// <summary>The longest phrase in <see cref="Words"/>, in words.</summary>
    public const int MaxWordsInPhrase = 3;

    /// <summary>The currency of a symbol token; "$" is <paramref name="dollar"/>.</summary>
    public static string? Symbol(ArticleDocument document, in Token token, string dollar) =>
        document.Is(token, "$") ? dollar : Symbols.TryGetValue(document, token, out var code) ? code : null;

    public static bool IsSymbol(ArticleDocument document, in Token token) => document.Is(token, "$") || Symbols.ContainsKey(document, token);

    /// <summary>The currency of letters written right before a symbol: "HK" + "$" is HKD.</summary>
    public static string? PrefixedSymbol(string letters, string symbol) =>
        PrefixedSymbol(letters, 0, letters.Length, symbol, 0, symbol.Length);

    public static string? PrefixedSymbol(ArticleDocument document, in Token letters, in Token symbol) =>
        PrefixedSymbol(document.Text, letters.Start, letters.Length, document.Text, symbol.Start, symbol.Length);

    private static string? PrefixedSymbol(string lettersText, int lettersStart, int lettersLength, string symbolText, int symbolStart, int symbolLength)
    {
        if (symbolLength != 1)
            return null;
        var prefixes = symbolText[symbolStart] switch
        {
            '$' => DollarPrefixes,
            '¥' => YenPrefixes,
            _ => null,
        };
        return prefixes is not null && prefixes.TryGetValue(lettersText, lettersStart, lettersLength, out var code) ? code : null;
    }

    /// <summary>An ISO 4217 code written as a word ("USD"), as the lexicon holds it.</summary>
    public static bool TryIsoCode(ArticleDocument document, in Token token, out string code) =>
        IsoCodes.TryGetItem(document.Text, token.Start, token.Length, out code);

    /// <summary>A currency word or phrase, lower-cased, words separated by one space: "hong kong dollars".</summary>
    public static bool TryWord(string phrase, out CurrencyWord currency) => Words.TryGetValue(phrase, out currency);

    /// <summary>
    /// The longest currency phrase written from word <paramref name="index"/> on, in any case ("Hong Kong dollars"),
    /// its words one space or more apart on one line; a phrase that needs a scale counts only with <paramref name="hasScale"/>.
    /// Returns how many words it has (0: none), with the currency in <paramref name="currency"/>.
    /// </summary>
    public static int MatchWords(ArticleDocument document, int index, bool hasScale, out CurrencyWord currency)
    {
        currency = default;
        var tokens = document.Tokens;
        if (!tokens[index].IsWord || !TryPhrasesStartingWith(document, tokens[index], out var phrases))
            return 0;
        var longest = 0;
        foreach (var phrase in phrases)
        {
            var words = phrase.Words;
            if (words.Length <= longest || index + words.Length > tokens.Count || (phrase.Currency.NeedsScale && !hasScale))
                continue;
            var matches = true;
            for (var k = 1; k < words.Length && matches; k++)
            {
                var word = tokens[index + k];
                matches = word.IsWord && word.SpaceBefore && !word.LineBreakBefore && IsWord(document, word, words[k]);
            }
            if (matches)
            {
                longest = words.Length;
                currency = phrase.Currency;
            }
        }
        return longest;
    }

    /// <summary>
    /// Whether the token lower-cased (invariant culture) is <paramref name="lowerCaseWord"/>, an ASCII word in lower case,
    /// without lower-casing a copy.
    /// </summary>
    public static bool IsWord(ArticleDocument document, in Token token, string lowerCaseWord)
    {
        if (token.Length != lowerCaseWord.Length)
            return false;
        var text = document.Text;
        for (var i = 0; i < lowerCaseWord.Length; i++)
        {
            var c = text[token.Start + i];
            var expected = lowerCaseWord[i];
            if (c == expected || (c is >= 'A' and <= 'Z' && c + 32 == expected))
                continue;
            if (c < 0x80 || char.ToLowerInvariant(c) != expected)
                return false;
        }
        return true;
    }

    // Ignoring case finds the first word as lower-casing it would, except for the Kelvin sign, the one character
    // outside ASCII that lower-cases into it ("k"): a word outside ASCII is lower-cased and looked up as it is.
    private static bool TryPhrasesStartingWith(ArticleDocument document, in Token token, out CurrencyPhrase[] phrases)
    {
        var text = document.Text;
        for (var i = token.Start; i < token.End; i++)
        {
            if (text[i] >= 0x80)
                return PhrasesByFirstWord.TryGetValue(document.TextOf(token).ToLowerInvariant(), out phrases);
        }
        return PhrasesByFirstWord.TryGetValue(text, token.Start, token.Length, out phrases);
    }

    private static SliceTable<CurrencyPhrase[]> IndexByFirstWord(Dictionary<string, CurrencyWord> words)
    {
        var byFirstWord = new Dictionary<string, List<CurrencyPhrase>>(StringComparer.Ordinal);
        foreach (var pair in words)
        {
            var split = pair.Key.Split(' ');
            if (!byFirstWord.TryGetValue(split[0], out var phrases))
                byFirstWord.Add(split[0], phrases = new List<CurrencyPhrase>());
            phrases.Add(new CurrencyPhrase(split, pair.Value));
        }
        return new SliceTable<CurrencyPhrase[]>(
            byFirstWord.Select(pair => new KeyValuePair<string, CurrencyPhrase[]>(pair.Key, pair.Value.ToArray())), ignoreCase: true);
    }

    private static Dictionary<string, CurrencyWord> BuildWords()
    {
        var words = new Dictionary<string, CurrencyWord>(StringComparer.Ordinal);

        void Add(string? code, string qualifiers, string forms, decimal divisor = 1m, bool needsScale = false)
        {
            foreach (var qualifier in qualifiers.Split('|'))
            {
                foreach (var form in forms.Split('|'))
                {
                    var phrase = qualifier.Length == 0 ? form : qualifier + " " + form;
                    words[phrase] = new CurrencyWord(code, divisor, needsScale && qualifier.Length == 0);
                }
            }
        }

        const string Dollars = "dollar|dollars|dlr|dlrs";
        Add(null, "", Dollars);
        Add(null, "", "buck|bucks");
        Add(null, "", "cent|cents", 100m);
        Add("USD", "u.s.|us|american", Dollars);
        Add("USD", "u.s.|us", "cent|cents", 100m);
        Add("CAD", "canadian", Dollars);
        Add("AUD", "australian", Dollars);
        Add("HKD", "hong kong", Dollars);
        Add("NZD", "new zealand", Dollars);
        Add("SGD", "singapore|singaporean", Dollars);
        Add("TWD", "taiwan|taiwanese|new taiwan", Dollars);
        Add("JMD", "jamaican", Dollars);
        Add("EUR", "", "euro|euros");
        Add("EUR", "euro", "cent|cents", 100m);
        Add("GBP", "|british|sterling", "pound|pounds");
        Add("GBP", "", "stg|sterling|pounds sterling|pound sterling");
        Add("GBP", "", "penny|pence", 100m);
        Add("GBP", "", "quid");
        Add("EGP", "egyptian", "pound|pounds");
        Add("JPY", "|japanese", "yen");
        Add("CNY", "|chinese", "yuan|renminbi");
        Add("KZT", "|kazakh|kazakhstani", "tenge");
        Add("RUB", "|russian", "ruble|rubles|rouble|roubles");
        Add("INR", "|indian", "rupee|rupees");
        Add("PKR", "pakistani", "rupee|rupees");
        Add("KRW", "|south korean|korean", "won", needsScale: true);
        Add("CHF", "swiss", "franc|francs");
        Add("TRY", "|turkish", "lira|liras|lire");
        Add("ZAR", "|south african", "rand");
        Add("ILS", "|israeli", "shekel|shekels");
        Add("UAH", "|ukrainian", "hryvnia|hryvnias|hryvnas");
        Add("NGN", "|nigerian", "naira");
        Add("THB", "|thai", "baht");
        Add("MYR", "|malaysian", "ringgit");
        Add("AED", "|uae|emirati", "dirham|dirhams");
        Add("SAR", "|saudi", "riyal|riyals");
        Add("QAR", "qatari", "riyal|riyals");
        Add("KWD", "kuwaiti", "dinar|dinars");
        Add("IDR", "|indonesian", "rupiah");
        Add("BRL", "|brazilian", "reais");
        Add("BRL", "brazilian", "real");
        Add("MXN", "mexican", "peso|pesos");
        Add("ARS", "argentine|argentinian", "peso|pesos");
        Add("PHP", "philippine", "peso|pesos");
        Add("SEK", "swedish", "crown|crowns|krona|kronor");
        Add("SEK", "", "kronor");
        Add("NOK", "norwegian", "crown|crowns|krone|kroner");
        Add("DKK", "danish", "crown|crowns|krone|kroner");
        Add("PLN", "|polish", "zloty|zlotys");
        Add("UZS", "|uzbek", "som|soum");
        Add("VND", "|vietnamese", "dong", needsScale: true);
        return words;
    }

    private sealed class CurrencyPhrase
    {
        public CurrencyPhrase(string[] words, CurrencyWord currency)
        {
            Words = words;
            Currency = currency;
        }

        /// <summary>The phrase's words, in lower case.</summary>
        public string[] Words { get; }

        public CurrencyWord Currency { get; }
    }
}
