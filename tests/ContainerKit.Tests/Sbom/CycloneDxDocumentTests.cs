using System.Text.Json;
using System.Text.RegularExpressions;
using ContainerKit.Docker.Sbom;
using ContainerKit.Sbom;

namespace ContainerKit.Tests.Sbom;

/// <summary>The CycloneDX writer: structure, sorting, merging, determinism; and the reader of the inventory script's frames.</summary>
public sealed partial class CycloneDxDocumentTests
{
    private static readonly SbomSubject Image = new("ck/lab/project:amd64-cpu-run-latest-root", "sha256:" + new string('a', 64),
        new Dictionary<string, string> { ["org.opencontainers.image.revision"] = "abc1234", ["dev.containerkit.render-hash"] = "f00" });

    private static readonly SbomPackage[] Packages =
    [
        new(PackageType.Pypi, "tinywheel", "0.1", "pkg:pypi/tinywheel@0.1", "/opt/venv/lib/python3.11/site-packages/tinywheel-0.1.dist-info/METADATA"),
        new(PackageType.Deb, "jq", "1.6-2.1", "pkg:deb/debian/jq@1.6-2.1?arch=amd64&distro=debian-12", DpkgStatus.Path),
        new(PackageType.Pypi, "tinywheel", "0.1", "pkg:pypi/tinywheel@0.1", "/usr/lib/python3/dist-packages/tinywheel-0.1.dist-info/METADATA"),
    ];

    [Fact]
    public void Document_has_the_image_as_subject_and_one_sorted_component_per_purl()
    {
        using var document = JsonDocument.Parse(CycloneDxDocument.Write(Image, Packages, "1.2.3", null));
        var root = document.RootElement;

        Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
        Assert.Equal("1.6", root.GetProperty("specVersion").GetString());
        var metadata = root.GetProperty("metadata");
        Assert.False(metadata.TryGetProperty("timestamp", out _));
        Assert.Equal("1.2.3", metadata.GetProperty("tools").GetProperty("components")[0].GetProperty("version").GetString());
        var component = metadata.GetProperty("component");
        Assert.Equal(("container", Image.ImageId, "ck/lab/project", "amd64-cpu-run-latest-root"),
            (component.GetProperty("type").GetString(), component.GetProperty("bom-ref").GetString(), component.GetProperty("name").GetString(), component.GetProperty("version").GetString()));
        Assert.Equal(
            ["containerkit:image-id=" + Image.ImageId, "dev.containerkit.render-hash=f00", "org.opencontainers.image.revision=abc1234"],
            component.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("name").GetString() + "=" + p.GetProperty("value").GetString()));
        var components = root.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["pkg:deb/debian/jq@1.6-2.1?arch=amd64&distro=debian-12", "pkg:pypi/tinywheel@0.1"], components.Select(c => c.GetProperty("purl").GetString()));
        Assert.Equal(
            ["/opt/venv/lib/python3.11/site-packages/tinywheel-0.1.dist-info/METADATA", "/usr/lib/python3/dist-packages/tinywheel-0.1.dist-info/METADATA"],
            components[1].GetProperty("evidence").GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("location").GetString()));
        Assert.All(components, c => Assert.Equal(c.GetProperty("purl").GetString(), c.GetProperty("bom-ref").GetString()));
    }

    [Fact]
    public void Same_inputs_in_any_order_give_the_same_bytes_and_the_serial_number_follows_the_content()
    {
        var first = CycloneDxDocument.Write(Image, Packages, "1.2.3", new DateTimeOffset(2026, 11, 27, 13, 0, 5, TimeSpan.FromHours(2)));
        var again = CycloneDxDocument.Write(Image, Packages.Reverse(), "1.2.3", new DateTimeOffset(2026, 11, 27, 11, 0, 5, TimeSpan.Zero));
        var other = CycloneDxDocument.Write(Image, Packages[1..], "1.2.3", new DateTimeOffset(2026, 11, 27, 11, 0, 5, TimeSpan.Zero));

        Assert.Equal(first, again);
        Assert.Contains("\"timestamp\": \"2026-11-27T11:00:05Z\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
        var serial = Serial(first);
        Assert.Matches(UuidPattern(), serial);
        Assert.NotEqual(serial, Serial(other));
    }

    [Fact]
    public void Inventory_frames_are_read_by_the_run_marker_only()
    {
        const string marker = "@@m1";
        var output = "\n@@m1 os-release /etc/os-release\nID=debian\nVERSION_ID=\"12\"\n"
                     + "\n@@m1 dpkg /var/lib/dpkg/status\nPackage: jq\nStatus: install ok installed\nVersion: 1.6-2.1\n"
                     + "\n@@m1 python /opt/venv/lib/python3.11/site-packages/a b-1.0.dist-info/METADATA\nName: a b\nVersion: 1.0\n@@other conda /x.json\n\n"
                     + "\n@@m1 conda /opt/conda/conda-meta/zlib-1.2.13-h0_0.json\n{\"name\": \"zlib\", \"version\": \"1.2.13\"}\n";

        var inventory = InventoryScript.Parse(output, marker);

        Assert.Contains("VERSION_ID", inventory.OsRelease, StringComparison.Ordinal);
        Assert.Equal(["/opt/venv/lib/python3.11/site-packages/a b-1.0.dist-info/METADATA"], inventory.PythonMetadata.Select(f => f.Path));
        Assert.Contains("@@other conda /x.json", inventory.PythonMetadata[0].Content, StringComparison.Ordinal);
        Assert.Equal(
            ["pkg:deb/debian/jq@1.6-2.1?distro=debian-12", "pkg:pypi/a%20b@1.0", "pkg:conda/zlib@1.2.13"],
            inventory.Packages().Select(p => p.Purl));
    }

    private static string Serial(string document)
    {
        using var parsed = JsonDocument.Parse(document);
        return parsed.RootElement.GetProperty("serialNumber").GetString()!;
    }

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidPattern();
}
