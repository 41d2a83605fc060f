using System.Linq;
using System.Threading;
using ArticleRecords.Extraction.Money;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Money;

public class MoneyExtractorTests
{
    internal static MoneyMention[] Find(string text, ExtractionOptions? options = null) =>
        MoneyExtractor.Extract(ArticleDocument.Parse(text, CancellationToken.None), options ?? ExtractionOptions.Default, CancellationToken.None);

    internal static string Show(MoneyMention[] mentions) =>
        string.Join(" | ", mentions.Select(m => $"{m.Text}={m.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {m.Currency}"));

    [Theory]
    [InlineData("They forged $17 billion in agreements.", "$17 billion", "17000000000", "USD")]
    [InlineData("for $1.2bn in cash", "$1.2bn", "1200000000", "USD")]
    [InlineData("pay $38.50 per share", "$38.50", "38.5", "USD")]
    [InlineData("sales of $900m a year", "$900m", "900000000", "USD")]
    [InlineData("a $ 17 billion deal", "$ 17 billion", "17000000000", "USD")]
    [InlineData("a $17 billion-plus deal", "$17 billion-plus", "17000000000", "USD")]
    [InlineData("cost $1,000,000.25 in all", "$1,000,000.25", "1000000.25", "USD")]
    [InlineData("raised $250k from friends", "$250k", "250000", "USD")]
    [InlineData("a $5M round", "$5M", "5000000", "USD")]
    [InlineData("a $3 trillion economy", "$3 trillion", "3000000000000", "USD")]
    [InlineData("worth $2.5 mln", "$2.5 mln", "2500000", "USD")]
    [InlineData("worth $4 tn", "$4 tn", "4000000000000", "USD")]
    [InlineData("fees of €5.5 million", "€5.5 million", "5500000", "EUR")]
    [InlineData("a £300m loss", "£300m", "300000000", "GBP")]
    [InlineData("for ¥2 trillion", "¥2 trillion", "2000000000000", "JPY")]
    [InlineData("cost ₸500,000 each", "₸500,000", "500000", "KZT")]
    [InlineData("a ₹5 crore grant", "₹5 crore", "50000000", "INR")]
    [InlineData("a ₽10bn fine", "₽10bn", "10000000000", "RUB")]
    [InlineData("won ₩1.5 trillion", "₩1.5 trillion", "1500000000000", "KRW")]
    [InlineData("paid US$5 million", "US$5 million", "5000000", "USD")]
    [InlineData("paid C$3.2bn", "C$3.2bn", "3200000000", "CAD")]
    [InlineData("paid A$40 million", "A$40 million", "40000000", "AUD")]
    [InlineData("paid HK$1.5 billion", "HK$1.5 billion", "1500000000", "HKD")]
    [InlineData("paid NZ$20", "NZ$20", "20", "NZD")]
    [InlineData("paid S$7m", "S$7m", "7000000", "SGD")]
    [InlineData("a USD 5m loan", "USD 5m", "5000000", "USD")]
    [InlineData("a 5m USD loan", "5m USD", "5000000", "USD")]
    [InlineData("a 20 EUR fee", "20 EUR", "20", "EUR")]
    [InlineData("up to 300 million pounds in payments", "300 million pounds", "300000000", "GBP")]
    [InlineData("worth 40 euros", "40 euros", "40", "EUR")]
    [InlineData("about 3 billion yen", "3 billion yen", "3000000000", "JPY")]
    [InlineData("some 500 million tenge", "500 million tenge", "500000000", "KZT")]
    [InlineData("20 billion rubles", "20 billion rubles", "20000000000", "RUB")]
    [InlineData("20 billion roubles", "20 billion roubles", "20000000000", "RUB")]
    [InlineData("10 billion yuan", "10 billion yuan", "10000000000", "CNY")]
    [InlineData("rose to 85 mln dlrs from", "85 mln dlrs", "85000000", "USD")]
    [InlineData("cost 12 dollars", "12 dollars", "12", "USD")]
    [InlineData("50 cents a gallon", "50 cents", "0.5", "USD")]
    [InlineData("fell 3.2% to 1,412 pence in London", "1,412 pence", "14.12", "GBP")]
    [InlineData("trading at 412p", "412p", "4.12", "GBP")]
    [InlineData("5 million Canadian dollars", "5 million Canadian dollars", "5000000", "CAD")]
    [InlineData("40 million Hong Kong dollars", "40 million Hong Kong dollars", "40000000", "HKD")]
    [InlineData("2 billion Swiss francs", "2 billion Swiss francs", "2000000000", "CHF")]
    [InlineData("20 euro cents", "20 euro cents", "0.2", "EUR")]
    [InlineData("5 billion won", "5 billion won", "5000000000", "KRW")]
    [InlineData("100 million pounds sterling", "100 million pounds sterling", "100000000", "GBP")]
    [InlineData("half a billion dollars", "half a billion dollars", "500000000", "USD")]
    [InlineData("a million dollars", "a million dollars", "1000000", "USD")]
    [InlineData("seventeen billion dollars", "seventeen billion dollars", "17000000000", "USD")]
    [InlineData("twenty-five million euros", "twenty-five million euros", "25000000", "EUR")]
    [InlineData("two hundred thousand dollars", "two hundred thousand dollars", "200000", "USD")]
    [InlineData("Five dollars", "Five dollars", "5", "USD")]
    [InlineData("a 5€ coin", "5€", "5", "EUR")]
    [InlineData("a 5 € coin", "5 €", "5", "EUR")]
    // Facts from facebook/duckling's English AmountOfMoney corpus (the forms this reader supports).
    [InlineData("$1", "$1", "1", "USD")]
    [InlineData("one dollar", "one dollar", "1", "USD")]
    [InlineData("a dollar", "a dollar", "1", "USD")]
    [InlineData("$10", "$10", "10", "USD")]
    [InlineData("$ 10", "$ 10", "10", "USD")]
    [InlineData("10$", "10$", "10", "USD")]
    [InlineData("ten dollars", "ten dollars", "10", "USD")]
    [InlineData("10 cent", "10 cent", "0.1", "USD")]
    [InlineData("ten cents", "ten cents", "0.1", "USD")]
    [InlineData("10\u00A2", "10\u00A2", "0.1", "USD")]
    [InlineData("$10K", "$10K", "10000", "USD")]
    [InlineData("10k$", "10k$", "10000", "USD")]
    [InlineData("$10,000", "$10,000", "10000", "USD")]
    [InlineData("US$ 3.14", "US$ 3.14", "3.14", "USD")]
    [InlineData("20 Euro", "20 Euro", "20", "EUR")]
    [InlineData("20 Euros", "20 Euros", "20", "EUR")]
    [InlineData("EUR 20", "EUR 20", "20", "EUR")]
    [InlineData("EUR 20.0", "EUR 20.0", "20", "EUR")]
    [InlineData("20\u20AC", "20\u20AC", "20", "EUR")]
    [InlineData("\u00A310", "\u00A310", "10", "GBP")]
    [InlineData("ten pounds", "ten pounds", "10", "GBP")]
    [InlineData("Rs. 20", "Rs. 20", "20", "INR")]
    [InlineData("Rs 20", "Rs 20", "20", "INR")]
    [InlineData("20 Rupees", "20 Rupees", "20", "INR")]
    [InlineData("GBP 3.01", "GBP 3.01", "3.01", "GBP")]
    [InlineData("42 KWD", "42 KWD", "42", "KWD")]
    [InlineData("42 kuwaiti Dinar", "42 kuwaiti Dinar", "42", "KWD")]
    [InlineData("42 QAR", "42 QAR", "42", "QAR")]
    [InlineData("42 qatari riyals", "42 qatari riyals", "42", "QAR")]
    [InlineData("42 SAR", "42 SAR", "42", "SAR")]
    [InlineData("42 MYR", "42 MYR", "42", "MYR")]
    [InlineData("MYR 42", "MYR 42", "42", "MYR")]
    [InlineData("42 ringgit", "42 ringgit", "42", "MYR")]
    [InlineData("42 malaysian ringgit", "42 malaysian ringgit", "42", "MYR")]
    [InlineData("ten shekels", "ten shekels", "10", "ILS")]
    [InlineData("10 ILS", "10 ILS", "10", "ILS")]
    [InlineData("ten riyals", "ten riyals", "10", "SAR")]
    [InlineData("less than 7 EUR", "7 EUR", "7", "EUR")]
    [InlineData("lower than 7\u20AC", "7\u20AC", "7", "EUR")]
    [InlineData("at least $1.42", "$1.42", "1.42", "USD")]
    [InlineData("over 1.42 dollars", "1.42 dollars", "1.42", "USD")]
    [InlineData("around 42 bucks", "42 bucks", "42", "USD")]
    [InlineData("a pint is 5 quid", "5 quid", "5", "GBP")]
    [InlineData("cost Rs 500 crore", "Rs 500 crore", "5000000000", "INR")]
    public void Reads_one_sum(string text, string expectedText, string amount, string currency)
    {
        var mention = Assert.Single(Find(text));
        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), mention.Amount);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(expectedText, text.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("between $10 billion to $15 billion", "$10 billion=10000000000 USD | $15 billion=15000000000 USD")]
    [InlineData("a $10-15 billion deal", "$10=10000000000 USD | 15 billion=15000000000 USD")]
    [InlineData("a $10–$15 billion deal", "$10=10000000000 USD | $15 billion=15000000000 USD")]
    [InlineData("between $10 and $15 billion", "$10=10000000000 USD | $15 billion=15000000000 USD")]
    [InlineData("$10 to 15 million", "$10=10000000 USD | 15 million=15000000 USD")]
    [InlineData("10-15 million euros", "10=10000000 EUR | 15 million euros=15000000 EUR")]
    [InlineData("10 to 12 dollars", "10=10 USD | 12 dollars=12 USD")]
    [InlineData("$5 million and $6 million", "$5 million=5000000 USD | $6 million=6000000 USD")]
    [InlineData("300 million pounds ($402 million)", "300 million pounds=300000000 GBP | $402 million=402000000 USD")]
    [InlineData("$5 and $6 billion", "$5=5 USD | $6 billion=6000000000 USD")]
    [InlineData("rose from $5 to 6 percent of", "$5=5 USD")]
    [InlineData("from $5 to 6 people", "$5=5 USD")]
    [InlineData("from $5 to 6.", "$5=5 USD | 6=6 USD")]
    [InlineData("$5 to 6 a share", "$5=5 USD | 6=6 USD")]
    [InlineData("€5 to $6", "€5=5 EUR | $6=6 USD")]
    [InlineData("one to two million dollars", "one=1000000 USD | two million dollars=2000000 USD")]
    [InlineData("between 10 and 20 dollars", "10=10 USD | 20 dollars=20 USD")]
    [InlineData("from 10 dollars to 20 dollars", "10 dollars=10 USD | 20 dollars=20 USD")]
    [InlineData("around 10-20 dollars", "10=10 USD | 20 dollars=20 USD")]
    [InlineData("from 10 to 20 dollars", "10=10 USD | 20 dollars=20 USD")]
    [InlineData("about $10-$20", "$10=10 USD | $20=20 USD")]
    [InlineData("between 1.1 and 1.3 dollars", "1.1=1.1 USD | 1.3 dollars=1.3 USD")]
    public void Reads_ranges_and_lists_in_text_order(string text, string expected) =>
        Assert.Equal(expected, Show(Find(text)));

    [Theory]
    [InlineData("The Senate voted 52-48 on Wednesday.")]
    [InlineData("Shares fell 3.2% and 38 percent.")]
    [InlineData("the 2016 campaign in 2016")]
    [InlineData("It costs $ and more.")]
    [InlineData("The $ sign")]
    [InlineData("Add 10 pounds of flour.")]
    [InlineData("He weighed 180 pounds at the time.")]
    [InlineData("He lost 30 pounds.")]
    [InlineData("the historic C5+1 Summit")]
    [InlineData("US–Central Asia relations")]
    [InlineData("a 10-pound bag")]
    [InlineData("Team A won 5 games")]
    [InlineData("a million people")]
    [InlineData("half a million people")]
    [InlineData("one of the dollars")]
    [InlineData("exactly dollars")]
    [InlineData("a dollars worth")]
    [InlineData("a pound of flour")]
    [InlineData("call 555-1234 now")]
    [InlineData("at 7:30 p.m.")]
    [InlineData("measured in 2016 dollars")]
    [InlineData("$5th")]
    [InlineData("the dollar fell")]
    [InlineData("UPGRADE TO PHP 8 NOW")]
    [InlineData("WE WILL TRY 3 TIMES")]
    public void Finds_no_money(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("$99999999999999999999999999999 trillion")]
    [InlineData("$79228162514264337593543950336")]
    [InlineData("$7922816251426433759354395033.5 billion")]
    [InlineData("$1.2.3 billion")]
    [InlineData("$١٢ billion")]
    [InlineData("US$")]
    [InlineData("$")]
    [InlineData("5 billion")]
    [InlineData("between")]
    [InlineData("$-5 billion")]
    public void Never_throws_and_skips_what_it_cannot_hold_exactly(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Keeps_the_largest_sum_a_decimal_holds_exactly() =>
        Assert.Equal(79228162514264337593543950335m, Assert.Single(Find("$79,228,162,514,264,337,593,543,950,335")).Amount);

    [Theory]
    [InlineData("USD", "USD")]
    [InlineData("CAD", "CAD")]
    [InlineData("AUD", "AUD")]
    public void A_bare_dollar_sign_and_the_word_dollars_take_the_configured_currency(string configured, string expected)
    {
        var found = Find("Paid $5 and 6 dollars and 50 cents; US$7 stays.", new ExtractionOptions(DollarCurrency: configured));
        Assert.Equal(new[] { expected, expected, expected, "USD" }, found.Select(m => m.Currency).ToArray());
        Assert.Equal(new[] { 5m, 6m, 0.5m, 7m }, found.Select(m => m.Amount).ToArray());
    }

    [Fact]
    public void Keeps_amounts_exact_without_trailing_zeros()
    {
        var amount = Assert.Single(Find("$1.2bn")).Amount;
        Assert.Equal("1200000000", amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.1", Assert.Single(Find("$0.1")).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.3m, Assert.Single(Find("$0.1bn")).Amount / 1_000_000_000m * 3m);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var document = ArticleDocument.Parse(string.Concat(Enumerable.Repeat("$5 and ", 5000)), CancellationToken.None);
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => MoneyExtractor.Extract(document, ExtractionOptions.Default, source.Token));
    }
}
