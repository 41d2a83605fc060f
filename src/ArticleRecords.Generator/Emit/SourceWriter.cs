using System;
using System.Text;

namespace ArticleRecords.Generator.Emit;

/// <summary>
/// Builds generated source with four-space indentation and <c>\n</c> line endings on every machine. A writer is read
/// once (<see cref="ToString"/>), which hands its builder on to the thread's next writer: a class of an article is tens
/// of thousands of characters, whose blocks a new builder would allocate again for every article of every run.
/// </summary>
internal sealed class SourceWriter
{
    // A builder that grew past this is let go rather than kept for the next writer.
    private const int LargestKeptCapacity = 1 << 18;

    [ThreadStatic]
    private static StringBuilder? _kept;

    private StringBuilder? _taken = TakeBuilder();
    private int _indent;

    private StringBuilder Builder => _taken ?? throw new InvalidOperationException("The writer was read: it writes no more.");

    private static StringBuilder TakeBuilder()
    {
        var builder = _kept ?? new StringBuilder();
        _kept = null;
        return builder.Clear();
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
            Builder.Append(' ', _indent * 4).Append(text);
        Builder.Append('\n');
        return this;
    }

    /// <summary>A line of three parts, appended as they are rather than joined into a string first.</summary>
    public SourceWriter Line(string prefix, string text, string suffix)
    {
        Builder.Append(' ', _indent * 4).Append(prefix).Append(text).Append(suffix).Append('\n');
        return this;
    }

    /// <summary>A line that ends in a string literal: the literal goes straight into the source, without a string of its own.</summary>
    public SourceWriter LiteralLine(string prefix, string? value, string suffix = ";")
    {
        Builder.Append(' ', _indent * 4).Append(prefix);
        Literals.AppendString(Builder, value);
        Builder.Append(suffix).Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Opens a block whose header the previous lines already wrote.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string closer = "}")
    {
        _indent--;
        return Line(closer);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>The source written; the writer then writes no more.</summary>
    public override string ToString()
    {
        var builder = Builder;
        var source = builder.ToString();
        _taken = null;
        if (builder.Capacity <= LargestKeptCapacity)
            _kept = builder;
        return source;
    }
}
