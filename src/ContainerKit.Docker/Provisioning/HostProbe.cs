namespace ContainerKit.Docker.Provisioning;

/// <summary>What provisioning needs to know about this machine: root, Debian, which programs exist.</summary>
public static class HostProbe
{
    /// <summary>Running as root (may install packages and start daemons).</summary>
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>A Debian or Ubuntu system (apt-get and Debian's packages).</summary>
    public static bool IsDebian => File.Exists("/etc/debian_version");

    /// <summary>True when <paramref name="program"/> is on PATH or in the sbin folders.</summary>
    public static bool ProgramExists(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"])
        .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, program)));

    /// <summary>The Debian packages among <paramref name="packages"/> whose program is missing.</summary>
    public static IReadOnlyList<string> MissingPackages(IEnumerable<(string Package, string Program)> packages) =>
        packages.Where(p => !ProgramExists(p.Program)).Select(p => p.Package).ToList();
}
