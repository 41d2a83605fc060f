using System.Linq;
using System.Text;
using System.Text.Json;

namespace ArticleRecords.Package.Tests;

/// <summary>
/// Files as the compiler itself decodes them: every encoding gets correct records or a diagnostic in
/// that file, awkward file names become valid names, and the other articles are unaffected.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public class FileTests(PackedPackage package)
{
    private const string ConsumerProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>Exe</OutputType>
            <Nullable>enable</Nullable>
            <ArticleRecordsVisibility>public</ArticleRecordsVisibility>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ArticleRecords" Version="*-*" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """;

    private const string Story = "WASHINGTON (AP) — “We will rebuild,” Mayor Ana Ruiz said on Nov. 7 of the $2 million plan.";

    [Fact]
    public void Encodings_and_file_names_give_records_or_diagnostics_located_in_the_file()
    {
        using var consumer = new ConsumerProject(package);
        consumer.Write("Consumer.csproj", ConsumerProject);
        consumer.Write("Program.cs", "System.Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(ArticleRecords.Articles.All));");
        consumer.WriteBytes("Articles/utf8-bom.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Story)).ToArray());
        consumer.WriteBytes("Articles/utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Story)).ToArray());
        consumer.WriteBytes("Articles/latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners said on Nov. 7 that prices rose."));
        consumer.WriteBytes("Articles/empty.txt", []);
        consumer.Write("Articles/class.txt", "A story about a class.");
        consumer.Write("Articles/2025 report.txt", "A yearly report.");
        consumer.Write("Articles/état civil.txt", "Un article.");
        consumer.Write("Articles/crlf.txt", "Line one.\r\nLine two.\rLine three.\n");

        var build = DotNetCli.Run(consumer.Directory, new[] { "build", "-c", "Release" }.Concat(DotNetCli.IsolatedBuild).ToArray());
        Assert.Contains("empty.txt(1,1): warning AR0002", build);

        var json = DotNetCli.Run(consumer.Directory, "run", "--no-build", "-c", "Release");
        using var document = JsonDocument.Parse(json.Trim());
        var byName = document.RootElement.EnumerateArray().ToDictionary(a => a.GetProperty("Name").GetString()!);

        Assert.Equal(
            new[] { "Article2025Report", "Class", "Crlf", "Empty", "Latin1", "Utf16", "Utf8Bom", "ÉtatCivil" },
            byName.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToArray());
        Assert.Equal(Story, byName["Utf8Bom"].GetProperty("Text").GetString());
        Assert.Equal(Story, byName["Utf16"].GetProperty("Text").GetString());
        Assert.Equal("Line one.\nLine two.\nLine three.\n", byName["Crlf"].GetProperty("Text").GetString());
        Assert.Equal(3, byName["Crlf"].GetProperty("Paragraphs").GetArrayLength());
        Assert.Contains("Caf", byName["Latin1"].GetProperty("Text").GetString());
        Assert.Equal("", byName["Empty"].GetProperty("Text").GetString());
        foreach (var name in new[] { "Utf8Bom", "Utf16" })
        {
            var money = byName[name].GetProperty("Money")[0];
            Assert.Equal(2000000m, money.GetProperty("Amount").GetDecimal());
        }
    }

    [Fact]
    public void A_binary_file_is_reported_in_that_file_and_the_other_articles_still_generate()
    {
        using var consumer = new ConsumerProject(package);
        consumer.Write("Consumer.csproj", ConsumerProject);
        consumer.Write("Program.cs", "System.Console.WriteLine(ArticleRecords.Articles.All.Count);");
        consumer.Write("Articles/good.txt", Story);
        consumer.WriteBytes("Articles/binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 });

        // The compiler itself refuses binary AdditionalFiles (CS2015) once they are read; we add where and why.
        var build = DotNetCli.Run(consumer.Directory, false, new[] { "build", "-c", "Release" }.Concat(DotNetCli.IsolatedBuild).ToArray());
        Assert.Contains("binary.txt(1,1): warning AR0001", build);
        Assert.Contains("error CS2015", build);
        var generated = string.Concat(System.IO.Directory.GetFiles(consumer.Directory, "*.g.cs", System.IO.SearchOption.AllDirectories).Select(System.IO.File.ReadAllText));
        Assert.Contains("public static class Good\n", generated);
        Assert.DoesNotContain("class Binary", generated);
    }
}
