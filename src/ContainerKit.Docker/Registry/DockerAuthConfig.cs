using System.Text;
using System.Text.Json;

namespace ContainerKit.Docker.Registry;

/// <summary>
/// Registry credentials from the Docker CLI config (<c>~/.docker/config.json</c>): <c>credHelpers</c> per
/// registry, then <c>credsStore</c>, then base64 <c>user:password</c> in <c>auths</c>.
/// </summary>
public sealed class DockerAuthConfig(JsonElement? root, Func<string, string, string?> runHelper)
{
    /// <summary>Loads <c>$DOCKER_CONFIG/config.json</c> or <c>~/.docker/config.json</c>; an absent file yields no credentials.</summary>
    public static DockerAuthConfig Load()
    {
        var folder = Environment.GetEnvironmentVariable("DOCKER_CONFIG")
                     ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        var path = Path.Combine(folder, "config.json");
        return Parse(File.Exists(path) ? File.ReadAllText(path) : null, CredentialHelper.Get);
    }

    /// <summary>Parses a config text; <paramref name="runHelper"/> gets (helper, registry) and returns the helper's JSON output.</summary>
    public static DockerAuthConfig Parse(string? json, Func<string, string, string?> runHelper)
    {
        if (string.IsNullOrWhiteSpace(json)) return new DockerAuthConfig(null, runHelper);
        using var document = JsonDocument.Parse(json);
        return new DockerAuthConfig(document.RootElement.Clone(), runHelper);
    }

    /// <summary>The credentials for a registry host, or null when none are configured.</summary>
    public RegistryCredentials? For(string registry)
    {
        if (root is not { } config) return null;
        if (Lookup(config, "credHelpers", registry) is { ValueKind: JsonValueKind.String } helper)
            return FromHelper(helper.GetString()!, registry);
        if (config.TryGetProperty("credsStore", out var store) && store.ValueKind == JsonValueKind.String
            && FromHelper(store.GetString()!, registry) is { } stored)
            return stored;
        if (Lookup(config, "auths", registry) is { ValueKind: JsonValueKind.Object } entry
            && entry.TryGetProperty("auth", out var auth) && auth.GetString() is { Length: > 0 } encoded)
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = decoded.IndexOf(':');
            if (colon > 0) return new RegistryCredentials(decoded[..colon], decoded[(colon + 1)..]);
        }

        return null;
    }

    private RegistryCredentials? FromHelper(string helper, string registry)
    {
        var output = runHelper(helper, registry);
        if (string.IsNullOrWhiteSpace(output)) return null;
        using var document = JsonDocument.Parse(output);
        var user = document.RootElement.GetProperty("Username").GetString() ?? "";
        var secret = document.RootElement.GetProperty("Secret").GetString() ?? "";
        return new RegistryCredentials(user, secret);
    }

    // Keys may be a bare host or a URL (https://host/v1/).
    private static JsonElement? Lookup(JsonElement config, string section, string registry)
    {
        if (!config.TryGetProperty(section, out var map) || map.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in map.EnumerateObject())
        {
            var key = property.Name;
            if (key.Contains("://", StringComparison.Ordinal)) key = new Uri(key).Authority;
            if (string.Equals(key.TrimEnd('/'), registry, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }

        return null;
    }
}
