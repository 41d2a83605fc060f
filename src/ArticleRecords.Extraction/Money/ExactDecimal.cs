namespace ArticleRecords.Extraction.Money;

/// <summary>Exact decimal reading and arithmetic for amounts: no doubles, no culture, no exceptions.</summary>
internal static class ExactDecimal
{
    // Up to this a ulong takes one more digit.
    private const ulong LargestTakingADigit = (ulong.MaxValue - 9) / 10;

    /// <summary>
    /// Reads ASCII digits with group commas and at most one decimal point ("1,000.50").
    /// False for anything else (other digit scripts, two points) and for values a decimal cannot hold.
    /// </summary>
    public static bool TryParse(string text, int start, int length, out decimal value)
    {
        value = 0m;
        // The digits are gathered in a ulong while they fit, without a decimal division per digit for the overflow test.
        ulong small = 0;
        decimal mantissa = 0m;
        var large = false;
        var fractionDigits = -1;
        var digits = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (!large && small <= LargestTakingADigit)
                {
                    small = small * 10 + (ulong)(c - '0');
                }
                else
                {
                    if (!large)
                    {
                        mantissa = small;
                        large = true;
                    }
                    if (mantissa > (decimal.MaxValue - (c - '0')) / 10m)
                        return false;
                    mantissa = mantissa * 10m + (c - '0');
                }
                digits++;
                if (fractionDigits >= 0 && ++fractionDigits > 28)
                    return false;
            }
            else if (c == ',' && fractionDigits < 0 && digits > 0)
            {
                continue;
            }
            else if (c == '.' && fractionDigits < 0 && digits > 0)
            {
                fractionDigits = 0;
            }
            else
            {
                return false;
            }
        }
        if (digits == 0 || fractionDigits == 0)
            return false;
        value = WithScale(large ? mantissa : small, fractionDigits < 0 ? 0 : fractionDigits);
        return true;
    }

    /// <summary>
    /// <paramref name="value"/> times <paramref name="factor"/>, a power of ten (a scale word), or false where the
    /// product would overflow. Shifting by a power of ten only moves the decimal point, so what fits is exact.
    /// </summary>
    public static bool TryMultiply(decimal value, decimal factor, out decimal product)
    {
        product = 0m;
        if (factor <= 0m || value > decimal.MaxValue / factor)
            return false;
        product = value * factor;
        return true;
    }

    /// <summary>The same value without trailing fractional zeros (1200000000.0 becomes 1200000000).</summary>
    public static decimal Normalize(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        var mantissa = new decimal(bits[0], bits[1], bits[2], false, 0);
        while (scale > 0 && decimal.Remainder(mantissa, 10m) == 0m)
        {
            mantissa /= 10m;
            scale--;
        }
        var result = WithScale(mantissa, scale);
        return negative ? -result : result;
    }

    private static decimal WithScale(decimal integer, int scale)
    {
        var bits = decimal.GetBits(integer);
        return new decimal(bits[0], bits[1], bits[2], false, (byte)scale);
    }
}
