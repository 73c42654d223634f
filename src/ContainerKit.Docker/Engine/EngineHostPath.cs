namespace ContainerKit.Docker.Engine;

/// <summary>
/// A folder of this machine as a Linux engine names it in a bind mount. On Linux and macOS that is the path itself.
/// On Windows the engine is Docker Desktop's Linux VM (WSL 2 backend), which sees drive <c>C:</c> at
/// <c>/run/desktop/mnt/host/c</c>: <c>C:\Users\me\proj</c> becomes <c>/run/desktop/mnt/host/c/Users/me/proj</c>.
/// Network shares (<c>\\server\share</c>, <c>\\wsl$\...</c>) cannot be bind-mounted from Windows: CK3172.
/// </summary>
public static class EngineHostPath
{
    /// <summary>Where Docker Desktop's Linux VM mounts the Windows drives (one folder per lowercase drive letter).</summary>
    public const string DockerDesktopDrives = "/run/desktop/mnt/host";

    /// <summary>The engine's name for <paramref name="fullPath"/> (an absolute path of this machine).</summary>
    /// <param name="fullPath">An absolute host path, as <see cref="Path.GetFullPath(string)"/> returns it.</param>
    /// <param name="windowsHost">True when this machine is Windows (a parameter, so the conversion is testable anywhere).</param>
    /// <param name="location">What the path is (e.g. "the project folder"), for the diagnostic.</param>
    public static string ForEngine(string fullPath, bool windowsHost, string location)
    {
        if (!windowsHost) return fullPath;
        var path = fullPath.Replace('/', '\\');
        if (path.StartsWith(@"\\?\", StringComparison.Ordinal) || path.StartsWith(@"\\.\", StringComparison.Ordinal)) path = path[4..];
        if (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':' && (path.Length == 2 || path[2] == '\\'))
        {
            var rest = string.Join('/', path[2..].Split('\\', StringSplitOptions.RemoveEmptyEntries));
            var drive = $"{DockerDesktopDrives}/{char.ToLowerInvariant(path[0])}";
            return rest.Length == 0 ? drive : $"{drive}/{rest}";
        }

        throw EngineDiagnostics.Exception(EngineDiagnostics.HostPathUnsupportedId, location,
            "Docker Desktop bind-mounts folders of local drives only (C:\\...), not network shares or WSL folders seen from Windows", fullPath,
            "move the project to a local drive, or work inside WSL (run ./build.sh there, with Docker Desktop's WSL integration)");
    }
}
