namespace ContainerKit.Docker.Provisioning;

/// <summary>The Debian packages the test engine uses, with the program that shows each is installed.</summary>
public static class TestEnginePackages
{
    /// <summary>Package name to the program it provides.</summary>
    public static IReadOnlyList<(string Package, string Program)> All { get; } =
    [
        ("docker.io", "dockerd"),
        ("debootstrap", "debootstrap"),
        ("docker-registry", "docker-registry"),
        // The integration tests run the CI test job's command as a non-root user with passwordless sudo.
        ("sudo", "sudo"),
    ];
}
