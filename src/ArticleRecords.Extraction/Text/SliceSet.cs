
using System.Collections.Generic;
using System.Linq;

namespace ArticleRecords.Extraction.Text;

/// <summary>
/// A fixed set of strings looked up by a slice of a text without allocating (see <see cref="SliceTable{TValue}"/>):
/// the word lists of the extractors, asked about a token where it stands.
/// </summary>
internal sealed class SliceSet
{
    private readonly SliceTable<bool> _table;

    public SliceSet(IEnumerable<string> items, bool ignoreCase = false) =>
        _table = new SliceTable<bool>(items.Select(item => new KeyValuePair<string, bool>(item, true)), ignoreCase);

    public bool Contains(string text, int start, int length) => _table.ContainsKey(text, start, length);

    /// <summary>Whether some item starts with <paramref name="c"/>: a test cheaper than a look-up.</summary>
    public bool MayStartWith(char c) => _table.MayStartWith(c);

    public bool Contains(string item) => _table.ContainsKey(item);

    public bool Contains(ArticleDocument document, in Token token) => _table.ContainsKey(document, token);

    /// <summary>The item as the set holds it, for a slice that matches one.</summary>
    public bool TryGetItem(string text, int start, int length, out string item) => _table.TryGetEntry(text, start, length, out item, out _);
}
