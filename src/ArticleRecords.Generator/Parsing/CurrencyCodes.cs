namespace ArticleRecords.Generator.Parsing;

internal static class CurrencyCodes
{
    /// <summary>Whether the value has the shape of an ISO 4217 code: three ASCII letters.</summary>
    public static bool IsIsoCode(string value)
    {
        if (value.Length != 3)
            return false;
        foreach (var c in value)
        {
            if (c is not (>= 'A' and <= 'Z') and not (>= 'a' and <= 'z'))
                return false;
        }
        return true;
    }
}
