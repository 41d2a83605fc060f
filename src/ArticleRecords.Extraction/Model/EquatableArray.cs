using System;
using System.Collections;
using System.Collections.Generic;

namespace ArticleRecords.Extraction;

/// <summary>
/// An immutable array compared by its elements, so that records holding lists keep value
/// equality (which incremental generators rely on to cache their steps).
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/>; the caller must not change it afterwards.</summary>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    private T[] Items => _items ?? Array.Empty<T>();

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        T[] left = Items, right = other.Items;
        if (ReferenceEquals(left, right))
            return true;
        if (left.Length != right.Length)
            return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
                return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in Items)
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        return hash;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares two arrays element by element.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into an equatable array.</summary>
    public static EquatableArray<T> From<T>(IEnumerable<T> items) => new(new List<T>(items).ToArray());

    /// <summary>Wraps the given elements.</summary>
    public static EquatableArray<T> Create<T>(params T[] items) => new(items);
}
