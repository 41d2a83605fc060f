using ArticleRecords.Generator.Model;

namespace ArticleRecords.Generator.Emit;

/// <summary>Emits the record types once per compilation.</summary>
internal static class RecordTypesEmitter
{
    public const string HintName = "ArticleRecords.Types.g.cs";

    public static string Emit(GenerationSettings settings)
    {
        var writer = new SourceWriter();
        writer.Line(GeneratedCodeInfo.Header);
        writer.Open($"namespace {settings.Namespace}");
        var first = true;
        foreach (var shape in RecordShapes.For(settings))
        {
            if (!first)
                writer.Line();
            first = false;
            WriteRecord(writer, shape, settings.TypeVisibility);
        }
        writer.Close();
        return writer.ToString();
    }

    private static void WriteRecord(SourceWriter writer, RecordShape shape, string visibility)
    {
        writer.Line($"/// <summary>{shape.Summary}</summary>");
        foreach (var member in shape.Members)
            writer.Line($"/// <param name=\"{member.Name}\">{member.Doc}</param>");
        writer.Line(GeneratedCodeInfo.Attribute);
        writer.Line($"{visibility} sealed partial record {shape.Name}(");
        writer.Indent();
        for (var i = 0; i < shape.Members.Length; i++)
        {
            var member = shape.Members[i];
            writer.Line($"{member.Type} {member.Name}{(i == shape.Members.Length - 1 ? ");" : ",")}");
        }
        writer.Outdent();
    }
}
