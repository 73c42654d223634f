using ContainerKit.Diagnostics;
using ContainerKit.Docker.Connection;
using ContainerKit.Model;

namespace ContainerKit.Docker.Emulation;

/// <summary>
/// Refuses, before anything is built or run, an entry whose platform the local daemon cannot run: neither the
/// machine's own nor registered in binfmt_misc. A remote daemon (DOCKER_HOST other than a unix socket) is not
/// checked: its machine's binfmt_misc is not this one's.
/// </summary>
/// <param name="binfmtFolder">The binfmt_misc folder read.</param>
/// <param name="native">This machine's platform.</param>
public sealed class EmulationCheck(string binfmtFolder, Platform? native)
{
    /// <summary>The check of this machine, or null when the daemon is not local.</summary>
    public static EmulationCheck? ForLocalDaemon() =>
        DockerEndpoint.FromEnvironment().Uri.Scheme == "unix" ? new EmulationCheck(BinfmtHandlers.DefaultFolder, BinfmtHandlers.NativePlatform) : null;

    /// <summary>The CK3140 diagnostic for <paramref name="platform"/> (e.g. <c>arm64</c>) of <paramref name="entry"/>, or null when it can run here.</summary>
    public Diagnostic? Check(string entry, string platform)
    {
        if (!Enum.TryParse<Platform>(platform, ignoreCase: true, out var parsed)) return null;
        var handler = BinfmtHandlers.Missing(parsed, native, binfmtFolder);
        if (handler is null) return null;
        return EngineDiagnostics.Error(EngineDiagnostics.EmulationMissingId, entry,
            $"linux/{platform} cannot run on this {(native is { } n ? "linux/" + n.ToString().ToLowerInvariant() : "")} machine: "
            + $"no binfmt handler {handler} is registered in {binfmtFolder}, so neither its build steps nor its containers can run",
            handler,
            $"run `./build.sh {Provisioning.EmulationProvisioner.TargetName}` (root on Debian/Ubuntu: installs qemu-user-static and enables {handler}), "
            + "or select entries of this machine's platform (--platform)");
    }

    /// <summary>Throws <see cref="Check"/>'s diagnostic when there is one.</summary>
    public void Require(string entry, string platform)
    {
        if (Check(entry, platform) is { } diagnostic) throw new DiagnosticException(diagnostic);
    }
}
