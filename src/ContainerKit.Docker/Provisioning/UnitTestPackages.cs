namespace ContainerKit.Docker.Provisioning;

/// <summary>The Debian packages the unit tests call, with the program that shows each is installed.</summary>
public static class UnitTestPackages
{
    /// <summary>Package name to the program it provides.</summary>
    public static IReadOnlyList<(string Package, string Program)> All { get; } =
    [
        ("shellcheck", "shellcheck"),
        ("strace", "strace"),
    ];
}
