namespace ArticleRecords.Extraction.Money;

/// <summary>A number with its scale word applied, as read from the tokens <see cref="First"/> to <see cref="Next"/> (exclusive).</summary>
internal readonly struct AmountCore
{
    public AmountCore(decimal value, decimal scale, int first, int next)
    {
        Value = value;
        Scale = scale;
        First = first;
        Next = next;
    }

    /// <summary>The number as written, before the scale: 1.2 in "1.2bn".</summary>
    public decimal Value { get; }

    /// <summary>The scale factor, or 1 when no scale word follows.</summary>
    public decimal Scale { get; }

    public bool HasScale => Scale != 1m;

    public int First { get; }

    public int Next { get; }

    /// <summary>The amount this core stands for with <paramref name="scale"/>, or false on overflow.</summary>
    public bool TryAmount(decimal scale, out decimal amount) => ExactDecimal.TryMultiply(Value, scale, out amount);
}
