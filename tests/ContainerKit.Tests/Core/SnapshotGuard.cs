using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace ContainerKit.Tests.Core;

/// <summary>
/// Snapshooter with one rule added: under <c>CI=true</c> a missing snapshot fails the test instead of being
/// written, so CI never accepts a snapshot nobody reviewed.
/// </summary>
internal static class SnapshotGuard
{
    /// <summary>Matches <paramref name="value"/> against <c>__snapshots__/&lt;name&gt;.snap</c> next to the calling test file.</summary>
    public static void Match(object value, string name, [CallerFilePath] string testFile = "")
    {
        var testFolder = Path.GetDirectoryName(testFile)!;
        var fileName = name + ".snap";
        // Snapshooter keeps snapshots in __snapshots__ under the folder it is given.
        var path = Path.Combine(testFolder, "__snapshots__", fileName);
        if (CiMode.IsCi && !File.Exists(path))
        {
            Assert.Fail($"Snapshot {path} is missing. Run the tests locally (without CI=true), review the new file and commit it.");
        }
        Snapshot.Match(value, new SnapshotFullName(fileName, testFolder));
    }
}
