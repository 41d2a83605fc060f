using ArticleRecords.Extraction.Money;

namespace ArticleRecords.Extraction.Tests.Money;

public class ScaleAndCurrencyWordsTests
{
    [Theory]
    [InlineData("thousand", false, "1000")]
    [InlineData("Million", false, "1000000")]
    [InlineData("billion-plus", false, "1000000000")]
    [InlineData("trillion", false, "1000000000000")]
    [InlineData("bn", false, "1000000000")]
    [InlineData("mln", false, "1000000")]
    [InlineData("tn", false, "1000000000000")]
    [InlineData("m", true, "1000000")]
    [InlineData("k", true, "1000")]
    [InlineData("crore", false, "10000000")]
    [InlineData("lakh", false, "100000")]
    public void Knows_scales(string word, bool attached, string factor)
    {
        Assert.True(ScaleWords.TryGet(word, attached, out var value));
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("m")]
    [InlineData("k")]
    [InlineData("B")]
    public void Reads_single_letters_only_glued_to_the_digits(string word) => Assert.False(ScaleWords.TryGet(word, attached: false, out _));

    [Theory]
    [InlineData("dollars", null, "1")]
    [InlineData("dlrs", null, "1")]
    [InlineData("cents", null, "100")]
    [InlineData("pence", "GBP", "100")]
    [InlineData("roubles", "RUB", "1")]
    [InlineData("tenge", "KZT", "1")]
    [InlineData("hong kong dollars", "HKD", "1")]
    [InlineData("euro cents", "EUR", "100")]
    [InlineData("pounds sterling", "GBP", "1")]
    public void Knows_currency_words(string phrase, string? code, string divisor)
    {
        Assert.True(CurrencyLexicon.TryWord(phrase, out var currency));
        Assert.Equal(code, currency.Code);
        Assert.Equal(decimal.Parse(divisor, System.Globalization.CultureInfo.InvariantCulture), currency.Divisor);
    }

    [Theory]
    [InlineData("US", "$", "USD")]
    [InlineData("C", "$", "CAD")]
    [InlineData("A", "$", "AUD")]
    [InlineData("HK", "$", "HKD")]
    [InlineData("NZ", "$", "NZD")]
    [InlineData("S", "$", "SGD")]
    [InlineData("CN", "\u00A5", "CNY")]
    public void Knows_prefixed_symbols(string letters, string symbol, string code) =>
        Assert.Equal(code, CurrencyLexicon.PrefixedSymbol(letters, symbol));
}
