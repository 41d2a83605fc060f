using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Dates;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Money;

/// <summary>
/// Finds sums of money in one left-to-right pass over the tokens: a currency before the number ("$", "US$",
/// "EUR") or after it ("euros", "pence", "USD", "€"), an optional scale ("bn", "billion"), and ranges whose
/// second end lends its scale to the first ("$10-15 billion").
/// </summary>
internal static class MoneyExtractor
{
    public static MoneyMention[] Extract(ArticleDocument document, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var mentions = new List<MoneyMention>();
        var tokens = document.Tokens;
        var dollar = string.IsNullOrEmpty(options.DollarCurrency) ? "USD" : options.DollarCurrency;
        // Number words are among the words a date may start with, which the date readers have read for every word.
        var starts = DateStarters.Of(document, cancellationToken);
        var i = 0;
        var steps = 0;
        while (i < tokens.Count)
        {
            if ((++steps & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (!MayStartAt(document, i, starts))
            {
                i++;
                continue;
            }
            i = TryPrefixed(document, dollar, i, mentions) ?? TrySuffixed(document, dollar, i, mentions) ?? i + 1;
        }
        return mentions.ToArray();
    }

    // Most tokens start no sum: they are passed here, before the readers (whose decimals make every call dear) are
    // asked. A number, a currency symbol, number words, or a capitalised word that a symbol is glued to ("US$"),
    // a number follows ("EUR 5") or that is "Rs". A capitalised word before a glued comma or dot ("Trump,") is passed
    // here too: only a currency's prefix read as TryPrefix reads it starts a sum there.
    private static bool MayStartAt(ArticleDocument document, int index, DateStart[] starts)
    {
        var tokens = document.Tokens;
        var token = tokens[index];
        if (token.IsNumber)
            return true;
        if (token.IsPunctuation)
            return CurrencyLexicon.IsSymbol(document, token);
        if ((starts[index] & DateStart.NumberWord) != 0)
            return true;
        if (document.FirstChar(token) is < 'A' or > 'Z' || index + 1 >= tokens.Count)
            return false;
        var following = tokens[index + 1];
        return (following.IsPunctuation && !following.SpaceBefore && CurrencyLexicon.PrefixedSymbol(document, token, following) is not null)
               || following.IsNumber || document.Is(token, "Rs");
    }

    // "$17 billion", "US$5m", "EUR 5m", "$10-15 billion", "$10 billion to $15 billion".
    private static int? TryPrefixed(ArticleDocument document, string dollar, int index, List<MoneyMention> mentions)
    {
        if (!TryPrefix(document, dollar, index, out var currency, out var afterPrefix)
            || !TryDigits(document, afterPrefix, out var first)
            || HasLooseAttachment(document, first.Next))
            return null;

        var scale1 = first.Scale;
        var next = first.Next;
        MoneyMention? second = null;
        if (TryConnector(document, index, next, out var afterConnector))
        {
            var secondStart = afterConnector;
            var secondCurrency = currency;
            if (TryPrefix(document, dollar, afterConnector, out var otherCurrency, out var afterSecondPrefix))
            {
                secondCurrency = otherCurrency;
                afterConnector = afterSecondPrefix;
            }
            if (secondCurrency == currency
                && TryDigits(document, afterConnector, out var end)
                && !HasLooseAttachment(document, end.Next)
                && (secondStart != afterConnector || end.HasScale || EndsFigure(document, end.Next))
                && end.TryAmount(end.Scale, out var secondAmount))
            {
                if (!first.HasScale && end.HasScale)
                    scale1 = end.Scale;
                second = Mention(document, secondStart, end.Next, secondAmount, currency, 1m);
                next = end.Next;
            }
        }

        if (!first.TryAmount(scale1, out var amount))
            return next;
        mentions.Add(Mention(document, index, first.Next, amount, currency, 1m));
        if (second is not null)
            mentions.Add(second);
        return next;
    }

    // "300 million pounds", "50 cents", "5m USD", "10-15 million euros", "half a billion dollars", "5 €".
    private static int? TrySuffixed(ArticleDocument document, string dollar, int index, List<MoneyMention> mentions)
    {
        if (!TryCore(document, index, out var first))
            return null;

        if (TrySuffix(document, dollar, first, out var currency, out var divisor, out var after))
        {
            if (IsYearInDollars(document, index, first) || !first.TryAmount(first.Scale, out var amount))
                return after;
            mentions.Add(Mention(document, index, after, amount, currency, divisor));
            return after;
        }

        if (!first.HasScale
            && TryConnector(document, index, first.Next, out var afterConnector)
            && TryCore(document, afterConnector, out var end)
            && TrySuffix(document, dollar, end, out currency, out divisor, out after))
        {
            if (first.TryAmount(end.Scale, out var amount1) && end.TryAmount(end.Scale, out var amount2))
            {
                mentions.Add(Mention(document, index, first.Next, amount1, currency, divisor));
                mentions.Add(Mention(document, afterConnector, after, amount2, currency, divisor));
            }
            return after;
        }
        return null;
    }

    private static bool TryPrefix(ArticleDocument document, string dollar, int index, out string currency, out int next)
    {
        var tokens = document.Tokens;
        currency = "";
        next = index;
        if (index >= tokens.Count)
            return false;
        var token = tokens[index];
        if (token.IsPunctuation)
        {
            var code = CurrencyLexicon.Symbol(document, token, dollar);
            if (code is null)
                return false;
            currency = code;
            next = index + 1;
            return true;
        }
        // Every letter prefix, currency code and "Rs" starts with a capital letter.
        if (!token.IsWord || index + 1 >= tokens.Count || document.FirstChar(token) is < 'A' or > 'Z')
            return false;

        var following = tokens[index + 1];
        if (following.IsPunctuation && !following.SpaceBefore
            && CurrencyLexicon.PrefixedSymbol(document, token, following) is { } prefixed)
        {
            currency = prefixed;
            next = index + 2;
            return true;
        }
        if (following.IsNumber && following.SpaceBefore && !following.LineBreakBefore && CurrencyLexicon.TryIsoCode(document, token, out var isoCode))
        {
            currency = isoCode;
            next = index + 1;
            return true;
        }
        if (document.Is(token, "Rs"))
        {
            next = index + 1;
            if (next < tokens.Count && document.Is(tokens[next], ".") && !tokens[next].SpaceBefore)
                next++;
            currency = "INR";
            return true;
        }
        return false;
    }

    // Digits with an optional scale: "17 billion", "1.2bn", "100k". After a prefix they must share its line.
    private static bool TryDigits(ArticleDocument document, int index, out AmountCore core, bool afterPrefix = true)
    {
        core = default;
        var tokens = document.Tokens;
        if (index >= tokens.Count || !tokens[index].IsNumber || (afterPrefix && tokens[index].LineBreakBefore))
            return false;
        var number = tokens[index];
        if (!ExactDecimal.TryParse(document.Text, number.Start, number.Length, out var value))
            return false;
        var next = index + 1;
        var scale = 1m;
        if (next < tokens.Count && tokens[next].IsWord && !tokens[next].LineBreakBefore
            && ScaleWords.TryGet(document, tokens[next], !tokens[next].SpaceBefore, out var factor))
        {
            scale = factor;
            next++;
        }
        core = new AmountCore(value, scale, index, next);
        return true;
    }

    // Digits as above, or number words that a full scale word may follow: "seventeen billion", "half a billion".
    private static bool TryCore(ArticleDocument document, int index, out AmountCore core)
    {
        core = default;
        var tokens = document.Tokens;
        if (index >= tokens.Count)
            return false;
        if (tokens[index].IsNumber)
        {
            // "$5" was the prefixed reader's; "1.5-2" after a digit or a dot is part of something else.
            if (index > 0 && !tokens[index].SpaceBefore && tokens[index - 1].IsPunctuation
                && (CurrencyLexicon.IsSymbol(document, tokens[index - 1]) || document.Is(tokens[index - 1], ".")))
                return false;
            return TryDigits(document, index, out core, afterPrefix: false);
        }
        if (!NumberWords.TryRead(document, index, out var value, out var next, out var needsScale))
            return false;
        var scale = 1m;
        if (next < tokens.Count && tokens[next].IsWord && tokens[next].SpaceBefore && !tokens[next].LineBreakBefore
            && ScaleWords.TryGetWord(document, tokens[next], out var factor))
        {
            scale = factor;
            next++;
        }
        else if (needsScale && !(value == 1m && IsSingularCurrencyWord(document, next)))
        {
            return false;
        }
        core = new AmountCore(value, scale, index, next);
        return true;
    }

    private static bool TrySuffix(ArticleDocument document, string dollar, AmountCore core, out string currency, out decimal divisor, out int next)
    {
        var tokens = document.Tokens;
        currency = "";
        divisor = 1m;
        next = core.Next;
        var index = core.Next;
        if (index >= tokens.Count || tokens[index].LineBreakBefore)
            return false;
        var token = tokens[index];

        if (token.IsPunctuation && document.Is(token, "\u00A2") && !core.HasScale)
        {
            currency = dollar;
            divisor = 100m;
            next = index + 1;
            return true;
        }
        if (token.IsPunctuation)
        {
            // "5€", "5 €", but not the "$" of a following "$6".
            if (document.Is(token, "$") && token.SpaceBefore)
                return false;
            if (CurrencyLexicon.Symbol(document, token, dollar) is not { } code
                || (index + 1 < tokens.Count && tokens[index + 1].IsNumber && !tokens[index + 1].SpaceBefore))
                return false;
            currency = code;
            next = index + 1;
            return true;
        }
        if (!token.IsWord)
            return false;

        if (!token.SpaceBefore)
        {
            // Only pence may be glued to the digits: "1,412p".
            if (!document.Is(token, "p") || core.HasScale)
                return false;
            currency = "GBP";
            divisor = 100m;
            next = index + 1;
            return true;
        }

        if (CurrencyLexicon.TryIsoCode(document, token, out var isoCode))
        {
            currency = isoCode;
            next = index + 1;
            return true;
        }

        var words = CurrencyLexicon.MatchWords(document, index, core.HasScale, out var found);
        if (words == 0)
            return false;
        currency = found.Code ?? dollar;
        divisor = found.Divisor;
        next = index + words;
        if (currency == "GBP" && divisor == 1m && PoundsOfWeight.Applies(document, core, next))
        {
            next = core.Next;
            return false;
        }
        return true;
    }

    // "a dollar", "a euro": the article is a number only before a singular currency word.
    private static bool IsSingularCurrencyWord(ArticleDocument document, int index)
    {
        if (index >= document.Tokens.Count || !document.Tokens[index].IsWord)
            return false;
        foreach (var word in SingularCurrencyWords)
        {
            if (CurrencyLexicon.IsWord(document, document.Tokens[index], word))
                return true;
        }
        return false;
    }

    private static readonly string[] SingularCurrencyWords = { "dollar", "euro", "pound", "cent", "penny", "rupee", "ruble", "rouble", "franc", "shekel" };

    // "-", "–", "to", "and" after "between": the first end of a range.
    private static bool TryConnector(ArticleDocument document, int start, int index, out int next)
    {
        var tokens = document.Tokens;
        next = index + 1;
        if (index + 1 >= tokens.Count || tokens[index].LineBreakBefore || tokens[index + 1].LineBreakBefore)
            return false;
        var token = tokens[index];
        if (token.IsPunctuation)
        {
            var c = document.FirstChar(token);
            return CharClass.IsHyphen(c) || c == '\u2013';
        }
        if (document.Is(token, "to", true))
            return true;
        return document.Is(token, "and", true) && start > 0 && document.Is(tokens[start - 1], "between", true);
    }

    // "$5th", "$5x": digits glued to a word that is neither a scale nor a currency are not money.
    private static bool HasLooseAttachment(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        return index < tokens.Count && !tokens[index].SpaceBefore && (tokens[index].IsWord || tokens[index].IsNumber);
    }

    // A bare second end ("$5 to 6") is money only where the figure visibly ends: not "$5 to 6 percent", "to 6 people".
    private static bool EndsFigure(ArticleDocument document, int index)
    {
        var tokens = document.Tokens;
        if (index >= tokens.Count || tokens[index].LineBreakBefore)
            return true;
        var token = tokens[index];
        if (token.IsPunctuation)
            return document.FirstChar(token) != '%';
        return token.IsWord && (document.Is(token, "a") || document.Is(token, "per") || document.Is(token, "each") || document.Is(token, "apiece"));
    }

    // "in 2016 dollars" is a price level, not a sum.
    private static bool IsYearInDollars(ArticleDocument document, int index, AmountCore core)
    {
        var tokens = document.Tokens;
        var number = tokens[core.First];
        return !core.HasScale && number.Length == 4 && index > 0 && document.Is(tokens[index - 1], "in", true)
            && core.Value is >= 1800m and <= 2200m;
    }

    private static MoneyMention Mention(ArticleDocument document, int first, int next, decimal amount, string currency, decimal divisor)
    {
        var tokens = document.Tokens;
        var start = tokens[first].Start;
        var end = tokens[next - 1].End;
        return new MoneyMention(document.TextBetween(start, end), ExactDecimal.Normalize(amount / divisor), currency, start, end - start);
    }
}
