using System.Runtime.CompilerServices;

namespace ContainerKit.Tests;

/// <summary>Paths in the repository the tests were compiled from (found from this source file's path, as the snapshots are).</summary>
internal static class RepositoryFolder
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = Locate();

    /// <summary><paramref name="relativePath"/> below the repository root.</summary>
    public static string Combine(string relativePath) => Path.GetFullPath(relativePath, Root);

    private static string Locate([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
