using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContainerKit.Sbom;

/// <summary>
/// The OCI artifact that carries an image's SBOM in a registry, beside the image under the sidecar tag
/// <c>&lt;image tag&gt;.sbom</c>: an OCI image manifest with <c>artifactType</c> <see cref="CycloneDxDocument.MediaType"/>,
/// the empty config (<c>{}</c>) and one layer, the CycloneDX document. Registries without the referrers API (such as
/// Debian's) store and serve it like any manifest; <c>oras pull</c> or two plain HTTP GETs read it back.
/// </summary>
public static class SbomArtifact
{
    /// <summary>What the sidecar tag adds to the image's tag.</summary>
    public const string TagSuffix = ".sbom";

    /// <summary>The manifest's media type.</summary>
    public const string ManifestMediaType = "application/vnd.oci.image.manifest.v1+json";

    /// <summary>The media type of the empty config.</summary>
    public const string EmptyConfigMediaType = "application/vnd.oci.empty.v1+json";

    /// <summary>The manifest annotation naming the image (registry reference) the SBOM describes.</summary>
    public const string ImageAnnotation = "dev.containerkit.sbom.image";

    /// <summary>The manifest annotation holding the described image's id.</summary>
    public const string ImageIdAnnotation = "dev.containerkit.sbom.image-id";

    /// <summary>The empty config blob, <c>{}</c>.</summary>
    public static byte[] EmptyConfig { get; } = "{}"u8.ToArray();

    /// <summary>The sidecar tag of an image tag, e.g. <c>amd64-cpu-run-latest-root.sbom</c>.</summary>
    public static string TagOf(string imageTag) => imageTag + TagSuffix;

    /// <summary>The manifest of the artifact whose layer is the SBOM (<paramref name="sbomDigest"/>, <paramref name="sbomSize"/> bytes).</summary>
    /// <param name="configDigest">The digest of <see cref="EmptyConfig"/>.</param>
    /// <param name="sbomDigest">The digest of the SBOM's bytes.</param>
    /// <param name="sbomSize">Their length.</param>
    /// <param name="fileName">The file name the layer is given (<c>org.opencontainers.image.title</c>), e.g. <c>amd64-cpu-run.cdx.json</c>.</param>
    /// <param name="image">The image it describes, as pushed, e.g. <c>127.0.0.1:5000/lab/project:amd64-cpu-run-latest-root</c>.</param>
    /// <param name="imageId">That image's id.</param>
    public static byte[] Manifest(string configDigest, string sbomDigest, long sbomSize, string fileName, string image, string imageId)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 2);
            json.WriteString("mediaType", ManifestMediaType);
            json.WriteString("artifactType", CycloneDxDocument.MediaType);
            json.WriteStartObject("config");
            json.WriteString("mediaType", EmptyConfigMediaType);
            json.WriteString("digest", configDigest);
            json.WriteNumber("size", EmptyConfig.Length);
            json.WriteEndObject();
            json.WriteStartArray("layers");
            json.WriteStartObject();
            json.WriteString("mediaType", CycloneDxDocument.MediaType);
            json.WriteString("digest", sbomDigest);
            json.WriteNumber("size", sbomSize);
            json.WriteStartObject("annotations");
            json.WriteString("org.opencontainers.image.title", fileName);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("annotations");
            json.WriteString(ImageAnnotation, image);
            json.WriteString(ImageIdAnnotation, imageId);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The UTF-8 bytes of an SBOM as pushed (no byte order mark).</summary>
    public static byte[] Bytes(string document) => new UTF8Encoding(false).GetBytes(document);
}
