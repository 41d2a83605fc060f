using System;
using System.IO;

namespace ArticleRecords.Package.Tests;

/// <summary>A throwaway project outside the repository that references the packed package from a local feed.</summary>
internal sealed class ConsumerProject : IDisposable
{
    public ConsumerProject(PackedPackage package)
    {
        Directory = Path.Combine(Path.GetTempPath(), "articlerecords-consumer-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        // Keeps the machine's default source and adds the local feed, as a user would.
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
