namespace ContainerKit.Docker.Provisioning;

/// <summary>What the provisioner found on the machine before acting.</summary>
/// <param name="IsRoot">Running as root (may install packages and start daemons).</param>
/// <param name="IsDebian">A Debian or Ubuntu system (apt-get and Debian's packages).</param>
/// <param name="MissingPackages">Debian packages whose program is missing, among <see cref="TestEnginePackages.All"/>.</param>
/// <param name="DaemonReachable">A Docker daemon answered the ping.</param>
/// <param name="DaemonIsLocalDefault">DOCKER_HOST is unset or the default unix socket: a daemon we start would be the one used.</param>
/// <param name="BaseImagePresent">The test base image exists (only known when the daemon is reachable).</param>
/// <param name="RegistryReachable">The test registry answers on its loopback address.</param>
public sealed record HostFacts(
    bool IsRoot,
    bool IsDebian,
    IReadOnlyList<string> MissingPackages,
    bool DaemonReachable,
    bool DaemonIsLocalDefault,
    bool BaseImagePresent,
    bool RegistryReachable);
