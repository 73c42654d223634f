namespace ContainerKit.Targets.Host;

/// <summary>How to start this build process again, for helpers it runs in the background (the compiler server).</summary>
public static class BuildProcess
{
    /// <summary>The command that runs this build's entry assembly; null when the build runs inside another host (tests).</summary>
    public static IReadOnlyList<string>? Command { get; internal set; }

    /// <summary>
    /// The command for <paramref name="processPath"/> running <paramref name="entryAssembly"/>: the
    /// <c>dotnet</c> muxer needs the assembly as its first argument, an app host does not.
    /// </summary>
    public static IReadOnlyList<string>? CommandOf(string? processPath, string? entryAssembly)
    {
        if (string.IsNullOrEmpty(processPath) || string.IsNullOrEmpty(entryAssembly))
        {
            return null;
        }

        // Either separator: the command is decided the same way whatever OS reads it.
        var name = processPath.Split('/', '\\')[^1];
        var muxer = name.Equals("dotnet", StringComparison.OrdinalIgnoreCase) || name.Equals("dotnet.exe", StringComparison.OrdinalIgnoreCase);
        return muxer ? [processPath, entryAssembly] : [processPath];
    }
}
