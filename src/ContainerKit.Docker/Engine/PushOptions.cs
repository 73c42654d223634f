using ContainerKit.Docker.Registry;

namespace ContainerKit.Docker.Engine;

/// <summary>Options of push and pull: which roles, which registry, which credentials.</summary>
/// <param name="Registry">Registry host (and port), e.g. <c>127.0.0.1:5000</c>; remote references are <c>Registry/localReference</c>.</param>
public sealed record PushOptions(string Registry)
{
    /// <summary>Roles whose tags are pushed or pulled; defaults to <c>run</c> and <c>dev</c>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = ["run", "dev"];

    /// <summary>Revisions to expand <c>{revision}</c> tag templates with, e.g. <c>latest</c> and the git sha; the last one is the REVISION build argument.</summary>
    public IReadOnlyList<string> Revisions { get; init; } = ["latest"];

    /// <summary>The user for <c>{user}</c> tag templates (user images); null drops those tags.</summary>
    public string? User { get; init; }

    /// <summary>Explicit credentials; null means the Docker CLI config (auths, credHelpers, credsStore).</summary>
    public RegistryCredentials? Credentials { get; init; }
}
