using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContainerKit.Docker.Connection;

/// <summary>
/// The docker CLI's contexts, read as the CLI stores them: the current context's name in <c>config.json</c>
/// (<c>currentContext</c>), and each context's endpoint in <c>contexts/meta/&lt;sha256 of the name&gt;/meta.json</c>
/// (<c>Endpoints.docker.Host</c>), its TLS files in <c>contexts/tls/&lt;sha256&gt;/docker/</c>.
/// </summary>
/// <param name="configFolder">The docker configuration folder (<see cref="DockerHostEnvironment.ConfigFolder"/>).</param>
public sealed class DockerContextStore(string configFolder)
{
    /// <summary>The name of the context that stands for "no context": the default endpoint.</summary>
    public const string DefaultContext = "default";

    /// <summary><c>currentContext</c> of config.json; null when the file or the field is absent or empty.</summary>
    public string? CurrentContext()
    {
        var path = Path.Combine(configFolder, "config.json");
        if (!File.Exists(path)) return null;
        using var document = Parse(path, "config.json");
        return document.RootElement.ValueKind == JsonValueKind.Object
               && document.RootElement.TryGetProperty("currentContext", out var current)
               && current.ValueKind == JsonValueKind.String && current.GetString() is { Length: > 0 } name
            ? name
            : null;
    }

    /// <summary>
    /// The docker endpoint of context <paramref name="name"/> and its TLS folder (null without TLS files);
    /// CK3170 when the context does not exist, CK3171 when its metadata has no docker endpoint.
    /// </summary>
    /// <param name="name">The context name.</param>
    /// <param name="origin">Where the name came from (DOCKER_CONTEXT or config.json), for diagnostics.</param>
    public (string Host, string? TlsFolder) Endpoint(string name, string origin)
    {
        var id = Digest(name);
        var meta = Path.Combine(configFolder, "contexts", "meta", id, "meta.json");
        if (!File.Exists(meta))
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.DockerContextMissingId, origin,
                $"the docker context '{name}' does not exist (no {meta})", name,
                "list the contexts with `docker context ls`, select one with `docker context use NAME`, or unset DOCKER_CONTEXT");
        }

        using var document = Parse(meta, $"context '{name}'");
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("Endpoints", out var endpoints) || endpoints.ValueKind != JsonValueKind.Object
            || !endpoints.TryGetProperty("docker", out var docker) || docker.ValueKind != JsonValueKind.Object
            || !docker.TryGetProperty("Host", out var host) || host.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(host.GetString()))
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.DockerConfigInvalidId, $"context '{name}'",
                "the context has no docker endpoint (Endpoints.docker.Host)", meta,
                $"recreate it with `docker context create {name} --docker host=unix:///path/to/docker.sock`");
        }

        var tls = Path.Combine(configFolder, "contexts", "tls", id, "docker");
        return (host.GetString()!, File.Exists(Path.Combine(tls, "ca.pem")) ? tls : null);
    }

    /// <summary>The folder name of a context: the lowercase hex SHA-256 of its name.</summary>
    public static string Digest(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));

    private static JsonDocument Parse(string path, string location)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.DockerConfigInvalidId, location,
                $"{path} is not valid JSON ({e.Message})", path, "fix or remove the file (the docker CLI rewrites it)");
        }
    }
}
