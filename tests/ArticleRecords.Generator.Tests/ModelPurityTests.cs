using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleRecords.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleRecords.Generator.Tests;

/// <summary>
/// No pipeline value holds a Compilation, symbol, syntax node, Location or SourceText: they compare by
/// reference (defeating the cache) and keep whole compilations alive.
/// </summary>
public class ModelPurityTests
{
    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SourceText), typeof(SyntaxTree) };

    [Fact]
    public void No_tracked_step_output_holds_a_forbidden_type()
    {
        var run = new GeneratorHarness()
            .WithArticle(TestArticles.Seed)
            .WithArticle(TestArticles.Ap)
            .WithArticle(new ArticleFile("/project/Articles/Bad.txt", null))
            .Run();

        var ourSteps = new[] { TrackingNames.Options, TrackingNames.TargetFeatures, TrackingNames.Settings, TrackingNames.ArticleInputs, TrackingNames.Articles, TrackingNames.ArticleIndex, TrackingNames.ArticleFiles };
        var visited = 0;
        foreach (var stepName in ourSteps)
        {
            foreach (var step in run.Result.TrackedSteps[stepName])
            {
                foreach (var (value, _) in step.Outputs)
                    visited += Walk(value, new HashSet<object>(ReferenceEqualityComparer.Instance), stepName);
            }
        }
        Assert.True(visited > 100, $"only {visited} objects were inspected");
    }

    [Fact]
    public void No_model_type_declares_a_field_of_a_forbidden_type()
    {
        var modelTypes = typeof(ArticleRecordsGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace == "ArticleRecords.Generator.Model")
            .Concat(typeof(ArticleRecords.Extraction.ExtractedArticle).Assembly.GetTypes().Where(t => t.Namespace == "ArticleRecords.Extraction"))
            .ToArray();
        Assert.NotEmpty(modelTypes);
        foreach (var type in modelTypes)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                Assert.False(Forbidden.Any(f => f.IsAssignableFrom(field.FieldType)), $"{type.Name}.{field.Name} is a {field.FieldType.Name}");
        }
    }

    private static int Walk(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum)
            return 1;
        Assert.False(Forbidden.Any(f => f.IsInstanceOfType(value)), $"{path} holds a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !seen.Add(value))
            return 0;
        // Roslyn's own immutable descriptors are fine to hold; do not walk into them.
        if (value is DiagnosticDescriptor || value is LocalizableString)
            return 1;

        var count = 1;
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
                count += Walk(item, seen, path + "[]");
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            count += Walk(field.GetValue(value), seen, path + "." + field.Name);
        return count;
    }
}
