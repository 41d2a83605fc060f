using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Place names keyed token by token, so a scan tries every name starting at a token in time bounded
/// by the longest name. Names are split by the article tokenizer, so "Nev." is "Nev" + "." and
/// "U.S." one token, exactly as in an article. Built by <see cref="Add"/>, then <see cref="Seal"/>ed
/// into tables a token is looked up in where it stands.
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
        if (tokens.Count > 0)
        {
            var node = _root;
            for (var t = 0; t < tokens.Count; t++)
                node = node.ChildOrAdd(name.Substring(tokens[t].Start, tokens[t].Length));
            if (afterCommaOnly)
                node.AfterCommaEntry ??= entry;
            else
                node.Entry ??= entry;
            MaxTokens = Math.Max(MaxTokens, tokens.Count);
        }
        TokenBuffers.GiveBack(tokens);
    }

    public Node Root => _root;

    /// <summary>Ends the building: from now on children are found by <see cref="Node.Child(string, int, int)"/>.</summary>
    public void Seal() => _root.Seal();

    internal sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private SliceTable<Node>? _sealedChildren;

        /// <summary>The place this path names wherever it is written.</summary>
        public PlaceEntry? Entry { get; set; }

        /// <summary>The place this path names right after a comma only ("Reno, Nev.", "Lynchburg, VA").</summary>
        public PlaceEntry? AfterCommaEntry { get; set; }

        public Node? Child(string key) => Child(key, 0, key.Length);

        /// <summary>The child under the key written at text[start, start + length), once sealed.</summary>
        public Node? Child(string text, int start, int length) =>
            _sealedChildren is not null && _sealedChildren.TryGetValue(text, start, length, out var child) ? child : null;

        public void Seal()
        {
            if (_children is null)
                return;
            foreach (var child in _children.Values)
                child.Seal();
            _sealedChildren = new SliceTable<Node>(_children, ignoreCase: false);
            _children = null;
        }

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
