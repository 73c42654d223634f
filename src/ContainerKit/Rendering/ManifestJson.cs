using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContainerKit.Rendering;

/// <summary>The JSON form of <c>render.json</c> (camelCase, indented, LF line ends).</summary>
public static class ManifestJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text of <paramref name="manifest"/>.</summary>
    public static string Write(RenderManifest manifest) =>
        JsonSerializer.Serialize(manifest, Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>Reads a manifest; throws <see cref="JsonException"/> for malformed text.</summary>
    public static RenderManifest Read(string text) =>
        JsonSerializer.Deserialize<RenderManifest>(text, Options) ?? throw new JsonException("render.json is empty");
}
