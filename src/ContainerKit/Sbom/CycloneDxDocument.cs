using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContainerKit.Definitions;

namespace ContainerKit.Sbom;

/// <summary>
/// Writes a CycloneDX 1.6 JSON SBOM of an image: the image as <c>metadata.component</c> (type <c>container</c>,
/// its labels as properties), one <c>library</c> component per distinct package URL with the files it was found in
/// as <c>evidence.occurrences</c>. The text is a function of its inputs: components sorted by purl, properties by
/// name, <c>\n</c> line endings, a <c>serialNumber</c> derived from the content (a name-based UUID), and the
/// timestamp the caller passes (none when null), never the clock.
/// </summary>
public static class CycloneDxDocument
{
    /// <summary>The CycloneDX specification version written.</summary>
    public const string SpecVersion = "1.6";

    /// <summary>The media type of the document (<c>application/vnd.cyclonedx+json</c>).</summary>
    public const string MediaType = "application/vnd.cyclonedx+json";

    /// <summary>The property holding the image id in <c>metadata.component</c>.</summary>
    public const string ImageIdProperty = "containerkit:image-id";

    /// <summary>The JSON text of the SBOM.</summary>
    /// <param name="subject">The image.</param>
    /// <param name="packages">Its packages, in any order.</param>
    /// <param name="toolVersion">The ContainerKit version that writes it (<c>metadata.tools</c>).</param>
    /// <param name="timestamp"><c>metadata.timestamp</c>, or null to leave it out.</param>
    public static string Write(SbomSubject subject, IEnumerable<SbomPackage> packages, string toolVersion, DateTimeOffset? timestamp)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(packages);
        var components = packages
            .GroupBy(p => p.Purl, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var body = Render(subject, components, toolVersion, timestamp, serialNumber: null);
        return Render(subject, components, toolVersion, timestamp, SerialNumber(body));
    }

    private static string Render(SbomSubject subject, List<IGrouping<string, SbomPackage>> components, string toolVersion, DateTimeOffset? timestamp, string? serialNumber)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", SpecVersion);
            if (serialNumber is not null) json.WriteString("serialNumber", serialNumber);
            json.WriteNumber("version", 1);
            json.WriteStartObject("metadata");
            if (timestamp is { } time)
                json.WriteString("timestamp", time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartObject("tools");
            json.WriteStartArray("components");
            json.WriteStartObject();
            json.WriteString("type", "application");
            json.WriteString("name", "ContainerKit");
            json.WriteString("version", toolVersion);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            WriteImage(json, subject);
            json.WriteEndObject();
            json.WriteStartArray("components");
            foreach (var component in components) WriteComponent(json, component);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteImage(Utf8JsonWriter json, SbomSubject subject)
    {
        var reference = ImageReference.TryParse(subject.Reference);
        json.WriteStartObject("component");
        json.WriteString("type", "container");
        json.WriteString("bom-ref", subject.ImageId);
        json.WriteString("name", reference?.Repository ?? subject.Reference);
        if (reference?.Tag is { } tag) json.WriteString("version", tag);
        json.WriteStartArray("properties");
        var properties = subject.Labels.Append(new KeyValuePair<string, string>(ImageIdProperty, subject.ImageId))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, IGrouping<string, SbomPackage> component)
    {
        var first = component.OrderBy(p => p.Name, StringComparer.Ordinal).First();
        json.WriteStartObject();
        json.WriteString("type", "library");
        json.WriteString("bom-ref", component.Key);
        json.WriteString("name", first.Name);
        json.WriteString("version", first.Version);
        json.WriteString("purl", component.Key);
        json.WriteStartObject("evidence");
        json.WriteStartArray("occurrences");
        foreach (var location in component.Select(p => p.Location).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("location", location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A name-based UUID (version 5 layout, from SHA-256) of the document's other content, as <c>urn:uuid:</c>.</summary>
    private static string SerialNumber(string body)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(body))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
