using System.Net;

namespace ContainerKit.Docker.Registry;

/// <summary>Facts about a registry's host that decide how to speak to it.</summary>
public static class RegistryHost
{
    /// <summary>True for a registry (<c>host[:port][/path]</c>) on the loopback interface (<c>localhost</c>, <c>127.x</c>, <c>[::1]</c>): spoken to over plain HTTP.</summary>
    public static bool IsLoopback(string registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var host = registry.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
