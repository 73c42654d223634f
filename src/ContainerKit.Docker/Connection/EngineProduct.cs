using System.Text.Json;

namespace ContainerKit.Docker.Connection;

/// <summary>
/// Which engine answers on the endpoint, from <c>GET /version</c>: Docker, or Podman's Docker-compatible API
/// (<c>podman system service</c>), which names a <c>Podman Engine</c> component (and may say Podman in
/// <c>Platform.Name</c>). Podman builds with buildah, not BuildKit.
/// </summary>
/// <param name="Name">The engine component's name (e.g. <c>Engine</c>, <c>Podman Engine</c>).</param>
/// <param name="Version">Its version.</param>
/// <param name="IsPodman">True for Podman's API.</param>
public sealed record EngineProduct(string Name, string Version, bool IsPodman)
{
    /// <summary>Reads the product from a <c>/version</c> response body.</summary>
    public static EngineProduct Parse(JsonElement version)
    {
        string Text(JsonElement element, string property) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

        var platform = version.ValueKind == JsonValueKind.Object && version.TryGetProperty("Platform", out var p) ? Text(p, "Name") : "";
        var components = version.ValueKind == JsonValueKind.Object && version.TryGetProperty("Components", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().ToList()
            : [];
        var podman = components.FirstOrDefault(component => Text(component, "Name").Contains("Podman", StringComparison.OrdinalIgnoreCase));
        if (podman.ValueKind == JsonValueKind.Object || platform.Contains("Podman", StringComparison.OrdinalIgnoreCase))
        {
            return new EngineProduct("Podman Engine", podman.ValueKind == JsonValueKind.Object ? Text(podman, "Version") : Text(version, "Version"), IsPodman: true);
        }

        var engine = components.FirstOrDefault(component => Text(component, "Name") == "Engine");
        return new EngineProduct(engine.ValueKind == JsonValueKind.Object ? "Engine" : platform, Text(version, "Version"), IsPodman: false);
    }
}
