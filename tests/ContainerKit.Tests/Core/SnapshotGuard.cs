using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace ContainerKit.Tests.Core;

/// <summary>
/// Snapshooter with one rule added: a missing snapshot fails the test instead of being written, locally as on CI,
/// so no snapshot is accepted without review. <c>./build.sh UnitTest --accept-snapshots</c> (the environment
/// variable <see cref="AcceptVariable"/>=true for the test process) writes the missing ones for review.
/// </summary>
internal static class SnapshotGuard
{
    /// <summary>The environment variable that lets a run write missing snapshots.</summary>
    public const string AcceptVariable = "CONTAINERKIT_ACCEPT_SNAPSHOTS";

    /// <summary>True when <see cref="AcceptVariable"/> is <c>true</c>.</summary>
    public static bool AcceptsNewSnapshots =>
        string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Matches <paramref name="value"/> against <c>__snapshots__/&lt;name&gt;.snap</c> next to the calling test file.</summary>
    public static void Match(object value, string name, [CallerFilePath] string testFile = "")
    {
        var testFolder = Path.GetDirectoryName(testFile)!;
        var fileName = name + ".snap";
        // Snapshooter keeps snapshots in __snapshots__ under the folder it is given.
        var path = Path.Combine(testFolder, "__snapshots__", fileName);
        if (!File.Exists(path) && !AcceptsNewSnapshots)
        {
            Assert.Fail(MissingMessage(path));
        }
        Snapshot.Match(value, new SnapshotFullName(fileName, testFolder));
    }

    /// <summary>The failure for a missing snapshot: how to write it for review.</summary>
    public static string MissingMessage(string path) =>
        $"Snapshot {path} is missing. Write it with `./build.sh UnitTest --accept-snapshots` ({AcceptVariable}=true), review the new file and commit it.";
}
