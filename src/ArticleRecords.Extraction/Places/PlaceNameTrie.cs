using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Place names keyed token by token, so a scan tries every name starting at a token in time bounded
/// by the longest name. Names are split by the article tokenizer, so "Nev." is "Nev" + "." and
/// "U.S." one token, exactly as in an article.
/// </summary>
internal sealed class PlaceNameTrie
{
    private readonly Node _root = new();

    /// <summary>The most tokens any name has.</summary>
    public int MaxTokens { get; private set; }

    /// <summary>Adds a name; the first entry added under a name keeps it.</summary>
    public void Add(string name, PlaceEntry entry, bool afterCommaOnly)
    {
        var tokens = Tokenizer.Tokenize(name, CancellationToken.None);
        if (tokens.Length == 0)
            return;
        var node = _root;
        foreach (var token in tokens)
            node = node.ChildOrAdd(name.Substring(token.Start, token.Length));
        if (afterCommaOnly)
            node.AfterCommaEntry ??= entry;
        else
            node.Entry ??= entry;
        MaxTokens = Math.Max(MaxTokens, tokens.Length);
    }

    public Node Root => _root;

    internal sealed class Node
    {
        private Dictionary<string, Node>? _children;

        /// <summary>The place this path names wherever it is written.</summary>
        public PlaceEntry? Entry { get; set; }

        /// <summary>The place this path names right after a comma only ("Reno, Nev.", "Lynchburg, VA").</summary>
        public PlaceEntry? AfterCommaEntry { get; set; }

        public Node? Child(string key) =>
            _children is not null && _children.TryGetValue(key, out var child) ? child : null;

        public Node ChildOrAdd(string key)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(key, out var child))
            {
                child = new Node();
                _children.Add(key, child);
            }
            return child;
        }
    }
}
