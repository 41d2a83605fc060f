using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace ArticleRecords.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file naming, so moving to Verify.SourceGenerators later is mechanical:
/// <c>Snapshots/{Class}.{Method}#{HintName}.verified.cs</c> beside the test file. A mismatch writes
/// <c>.received.cs</c> next to it and fails. Set ARTICLERECORDS_ACCEPT_SNAPSHOTS=1 to accept what was received;
/// CI never accepts (a missing snapshot fails there).
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "ARTICLERECORDS_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string hintName, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var className = Path.GetFileNameWithoutExtension(testFile);
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = Path.Combine(directory, $"{className}.{testMethod}#{Path.GetFileNameWithoutExtension(hintName)}");
        var verifiedPath = stem + ".verified.cs";
        var receivedPath = stem + ".received.cs";

        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (verified == actual)
        {
            if (File.Exists(receivedPath))
                File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        if (accept)
        {
            File.WriteAllText(verifiedPath, actual);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var reason = verified is null ? "no verified snapshot exists" : "the generated source differs from the verified snapshot";
        Assert.Fail($"{reason}: compare {receivedPath} with {verifiedPath}, then accept with {AcceptVariable}=1 if the change is intended.");
    }
}
