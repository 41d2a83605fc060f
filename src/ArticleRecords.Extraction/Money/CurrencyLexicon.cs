using System;
using System.Collections.Generic;
using System.Globalization;

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
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₸"] = "KZT", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW",
        ["₪"] = "ILS", ["₺"] = "TRY", ["₴"] = "UAH", ["₦"] = "NGN", ["₱"] = "PHP", ["₫"] = "VND", ["฿"] = "THB",
        ["₵"] = "GHS", ["₮"] = "MNT", ["₾"] = "GEL", ["₼"] = "AZN", ["₲"] = "PYG", ["₡"] = "CRC", ["₭"] = "LAK",
    };

    // The letters written right before "$" (or "¥"): "US$", "HK$", "CN¥".
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.Ordinal)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["Can"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD",
        ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD", ["SG"] = "SGD", ["NT"] = "TWD", ["R"] = "BRL",
        ["MX"] = "MXN", ["Mex"] = "MXN", ["J"] = "JMD", ["Z"] = "ZWL",
    };

    private static readonly Dictionary<string, string> YenPrefixes = new(StringComparer.Ordinal)
    {
        ["CN"] = "CNY", ["RMB"] = "CNY", ["JP"] = "JPY",
    };

    // Codes that are also English words or names are left out on purpose: ALL (lek), TRY (lira), PEN (sol),
    // GEL (lari), PHP (peso, and the language), CUP, TOP, MOP; an all-capitals headline is full of them.
    private static readonly HashSet<string> IsoCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "KZT", "RUB", "INR", "KRW", "CHF", "CAD", "AUD", "HKD", "NZD", "SGD",
        "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BRL", "MXN", "ZAR", "ILS", "UAH", "NGN", "EGP",
        "SAR", "AED", "QAR", "KWD", "THB", "MYR", "IDR", "TWD", "VND", "PKR", "BDT", "ARS", "CLP", "COP",
        "KES", "UZS", "AZN", "BYN", "KGS", "TJS",
    };

    private static readonly Dictionary<string, CurrencyWord> Words = BuildWords();

    /// <summary>The longest phrase in <see cref="Words"/>, in words.</summary>
    public const int MaxWordsInPhrase = 3;

    /// <summary>The currency of a symbol token; "$" is <paramref name="dollar"/>.</summary>
    public static string? Symbol(string token, string dollar) =>
        token == "$" ? dollar : Symbols.TryGetValue(token, out var code) ? code : null;

    public static bool IsSymbol(string token) => token == "$" || Symbols.ContainsKey(token);

    /// <summary>The currency of letters written right before a symbol: "HK" + "$" is HKD.</summary>
    public static string? PrefixedSymbol(string letters, string symbol) =>
        symbol == "$" ? (DollarPrefixes.TryGetValue(letters, out var dollar) ? dollar : null)
        : symbol == "¥" ? (YenPrefixes.TryGetValue(letters, out var yen) ? yen : null)
        : null;

    public static bool IsIsoCode(string word) => IsoCodes.Contains(word);

    /// <summary>A currency word or phrase, lower-cased, words separated by one space: "hong kong dollars".</summary>
    public static bool TryWord(string phrase, out CurrencyWord currency) => Words.TryGetValue(phrase, out currency);

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

    /// <summary>Lower-cases a word for <see cref="TryWord"/> without culture.</summary>
    public static string Key(string word) => word.ToLower(CultureInfo.InvariantCulture);
}
