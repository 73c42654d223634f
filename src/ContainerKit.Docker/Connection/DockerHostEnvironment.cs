namespace ContainerKit.Docker.Connection;

/// <summary>
/// What the endpoint resolution reads from the machine, as values so tests can fake each: the environment
/// variables, the user's home folder, the operating system and whether a socket file exists.
/// </summary>
/// <param name="Variables">Environment variable lookup (null when unset).</param>
/// <param name="HomeFolder">The user's home folder (<c>~</c>, <c>%USERPROFILE%</c> on Windows).</param>
/// <param name="IsWindows">True on Windows: Docker Desktop's named pipe is the default endpoint.</param>
/// <param name="FileExists">True when a file (a unix socket) exists at the path.</param>
public sealed record DockerHostEnvironment(Func<string, string?> Variables, string HomeFolder, bool IsWindows, Func<string, bool> FileExists)
{
    /// <summary>This process's environment, home folder and operating system.</summary>
    public static DockerHostEnvironment Current { get; } = From(System.Environment.GetEnvironmentVariable);

    /// <summary>
    /// The environment <paramref name="variables"/> on this machine: the home folder from HOME (USERPROFILE on
    /// Windows) when the lookup has it, else the user profile folder.
    /// </summary>
    public static DockerHostEnvironment From(Func<string, string?> variables)
    {
        var isWindows = OperatingSystem.IsWindows();
        var home = variables(isWindows ? "USERPROFILE" : "HOME");
        if (string.IsNullOrEmpty(home)) home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        return new DockerHostEnvironment(variables, home, isWindows, File.Exists);
    }

    /// <summary>The docker CLI's configuration folder: <c>DOCKER_CONFIG</c>, else <c>~/.docker</c>.</summary>
    public string ConfigFolder => Variables("DOCKER_CONFIG") is { Length: > 0 } folder ? folder : Path.Combine(HomeFolder, ".docker");
}
