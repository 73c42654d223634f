using System.Globalization;

namespace ContainerKit.Docker.Workspace;

/// <summary>
/// Whether containers may get an unlimited memlock limit (the template's default for RDMA/NCCL): raising it
/// needs CAP_SYS_RESOURCE, which sandboxed hosts drop, and the daemon then refuses to start the container.
/// </summary>
public static class HostLimits
{
    private const int CapSysResource = 24;

    /// <summary>True when this host can raise memlock beyond its hard limit (or the limit is already unlimited).</summary>
    public static bool CanRaiseMemlock()
    {
        try
        {
            var limits = File.ReadAllLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max locked memory", StringComparison.Ordinal));
            if (limits is not null && limits.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., _, var hard, _] && hard == "unlimited") return true;
            return CanRaiseLimits();
        }
        catch (IOException)
        {
            return true; // not Linux /proc: leave it to the daemon.
        }
    }

    /// <summary>
    /// True when this host may raise resource limits beyond their hard limits (CAP_SYS_RESOURCE, or no Linux /proc
    /// to tell). Podman adds nofile and nproc limits to every container that asks for any ulimit, and raising them
    /// needs it.
    /// </summary>
    public static bool CanRaiseLimits()
    {
        try
        {
            var capabilities = File.ReadAllLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("CapEff:", StringComparison.Ordinal));
            return capabilities is null
                || (ulong.Parse(capabilities["CapEff:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << CapSysResource)) != 0;
        }
        catch (IOException)
        {
            return true; // not Linux /proc: leave it to the engine.
        }
    }
}
