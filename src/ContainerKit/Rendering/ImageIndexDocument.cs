using System.Text.Json;

namespace ContainerKit.Rendering;

/// <summary>
/// The OCI image index (<see cref="MediaType"/>) that publishes one tag over several platforms' images: each entry is
/// one platform image's manifest descriptor (its media type, digest and size, as the registry serves it) with its
/// platform, so a client pulls the image of its own platform.
/// </summary>
public static class ImageIndexDocument
{
    /// <summary>The media type of an OCI image index.</summary>
    public const string MediaType = "application/vnd.oci.image.index.v1+json";

    /// <summary>The index over <paramref name="manifests"/>, in the order given, as the bytes to put.</summary>
    public static byte[] Bytes(IReadOnlyList<PlatformManifest> manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 2);
            json.WriteString("mediaType", MediaType);
            json.WriteStartArray("manifests");
            foreach (var manifest in manifests)
            {
                json.WriteStartObject();
                json.WriteString("mediaType", manifest.MediaType);
                json.WriteString("digest", manifest.Digest);
                json.WriteNumber("size", manifest.Size);
                json.WriteStartObject("platform");
                json.WriteString("architecture", manifest.Architecture);
                json.WriteString("os", "linux");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }
}
