using System.Text.Json;
using ContainerKit.Rendering;

namespace ContainerKit.Docker.Engine;

/// <summary>Reads the <c>render.json</c> of an entry folder (property names case-insensitive).</summary>
public static class ManifestReader
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads the manifest; CK3005 when it is missing or malformed.</summary>
    public static RenderManifest Read(string entryFolder)
    {
        var path = Path.Combine(entryFolder, RenderManifest.FileName);
        if (!File.Exists(path))
            throw EngineDiagnostics.Exception(EngineDiagnostics.ManifestInvalidId, path, "the entry folder has no render.json", entryFolder,
                "run `./build.sh Render` first");
        try
        {
            return JsonSerializer.Deserialize<RenderManifest>(File.ReadAllText(path), Options)
                   ?? throw new JsonException("empty manifest");
        }
        catch (JsonException e)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.ManifestInvalidId, path, "render.json cannot be read: " + e.Message, null,
                "re-render the folder with `./build.sh Render`");
        }
    }
}
