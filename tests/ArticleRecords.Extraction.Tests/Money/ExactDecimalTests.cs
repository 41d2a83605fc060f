using System.Globalization;
using ArticleRecords.Extraction.Money;

namespace ArticleRecords.Extraction.Tests.Money;

public class ExactDecimalTests
{
    [Theory]
    [InlineData("17", "17")]
    [InlineData("1,000", "1000")]
    [InlineData("1,000,000.25", "1000000.25")]
    [InlineData("0.1", "0.1")]
    [InlineData("38.50", "38.50")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("1,234,567,890,123,456,789", "1234567890123456789")]
    [InlineData("000000000000000000000042.10", "000000000000000000000042.10")]
    [InlineData("12345678901234567.890123", "12345678901234567.890123")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("18446744073709551616", "18446744073709551616")]
    [InlineData("1844674407370955161.6", "1844674407370955161.6")]
    [InlineData("99,999,999,999,999,999,999.99", "99999999999999999999.99")]
    public void Parses_digits_exactly(string text, string expected)
    {
        Assert.True(ExactDecimal.TryParse(text, 0, text.Length, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1.2.3")]
    [InlineData("\u0661\u0662")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData(",5")]
    [InlineData("0.00000000000000000000000000001")]
    public void Refuses_what_it_cannot_hold_or_read(string text) =>
        Assert.False(ExactDecimal.TryParse(text, 0, text.Length, out _));

    [Theory]
    [InlineData("1.2", "1000000000", "1200000000")]
    [InlineData("0.1", "1000000000", "100000000")]
    [InlineData("17", "1000000000000", "17000000000000")]
    [InlineData("1.0000000000000000000000000001", "1000", "1000.0000000000000000000000001")]
    [InlineData("79228162514264337593543950.335", "1000", "79228162514264337593543950335")]
    public void Multiplies_exactly(string value, string factor, string expected)
    {
        Assert.True(ExactDecimal.TryMultiply(decimal.Parse(value, CultureInfo.InvariantCulture), decimal.Parse(factor, CultureInfo.InvariantCulture), out var product));
        Assert.Equal(expected, ExactDecimal.Normalize(product).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "1000000000000")]
    [InlineData("7922816251426433759354395033.5", "1000000000")]
    [InlineData("79228162514264337593543950.335", "1000000")]
    public void Refuses_a_product_that_would_overflow(string value, string factor) =>
        Assert.False(ExactDecimal.TryMultiply(decimal.Parse(value, CultureInfo.InvariantCulture), decimal.Parse(factor, CultureInfo.InvariantCulture), out _));

    [Theory]
    [InlineData("1200000000.0", "1200000000")]
    [InlineData("38.50", "38.5")]
    [InlineData("14.12", "14.12")]
    [InlineData("0.500", "0.5")]
    [InlineData("100", "100")]
    public void Normalizes_trailing_zeros_away(string value, string expected) =>
        Assert.Equal(expected, ExactDecimal.Normalize(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
}
