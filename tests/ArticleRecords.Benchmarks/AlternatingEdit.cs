using Microsoft.CodeAnalysis;

namespace ArticleRecords.Benchmarks;

/// <summary>
/// The middle article of a set of inputs, edited again and again: two versions of its text alternate, so every
/// rerun of the generator sees a real change.
/// </summary>
internal sealed class AlternatingEdit
{
    private readonly GeneratorInputs _inputs;
    private readonly string _path;
    private readonly string[] _versions;
    private AdditionalText _current;
    private int _count;

    public AlternatingEdit(GeneratorInputs inputs)
    {
        _inputs = inputs;
        _current = inputs.Texts[inputs.Texts.Length / 2];
        _path = _current.Path;
        var text = _current.GetText()!.ToString();
        _versions = new[] { text + "\nAn edited paragraph.", text + "\nAnother edited paragraph." };
    }

    /// <summary>The next version's text and file, made before the timed rerun (an editor's work, not the generator's).</summary>
    public (string Text, AdditionalText File) Next()
    {
        var text = _versions[_count++ % 2];
        return (text, new GeneratorInputs.MemoryText(_path, text));
    }

    /// <summary>Puts <paramref name="edited"/> in the article's place and reruns the generator.</summary>
    public GeneratorDriver Apply(GeneratorDriver driver, AdditionalText edited)
    {
        driver = driver.ReplaceAdditionalText(_current, edited).RunGenerators(_inputs.Compilation);
        _current = edited;
        return driver;
    }
}
