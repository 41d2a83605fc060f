using System.Text;

namespace ArticleRecords.Generator.Emit;

/// <summary>Builds generated source with four-space indentation and <c>\n</c> line endings on every machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
            _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>A line of three parts, appended as they are rather than joined into a string first.</summary>
    public SourceWriter Line(string prefix, string text, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix).Append(text).Append(suffix).Append('\n');
        return this;
    }

    /// <summary>A line that ends in a string literal: the literal goes straight into the source, without a string of its own.</summary>
    public SourceWriter LiteralLine(string prefix, string? value, string suffix = ";")
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        Literals.AppendString(_builder, value);
        _builder.Append(suffix).Append('\n');
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

    public override string ToString() => _builder.ToString();
}
