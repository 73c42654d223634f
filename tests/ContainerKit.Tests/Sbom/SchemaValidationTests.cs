using System.Text.Json.Nodes;
using ContainerKit.Sbom;

namespace ContainerKit.Tests.Sbom;

/// <summary>The writer's documents pass the official CycloneDX schema, and the validator does reject a broken one.</summary>
public sealed class SchemaValidationTests(CycloneDxValidator validator) : IClassFixture<CycloneDxValidator>
{
    private static readonly SbomSubject Image = new("lab/project:amd64-cpu-run-latest-root", "sha256:" + new string('a', 64),
        new Dictionary<string, string> { ["org.opencontainers.image.revision"] = "abc1234" });

    private static readonly SbomPackage[] Packages =
    [
        new(PackageType.Deb, "login", "1:4.13+dfsg1-1", PackageUrl.Deb("debian", "login", "1:4.13+dfsg1-1", "amd64", "debian-12"), DpkgStatus.Path),
        new(PackageType.Pypi, "tinywheel", "0.1", PackageUrl.Pypi("tinywheel", "0.1"), "/opt/venv/lib/python3.11/site-packages/tinywheel-0.1.dist-info/METADATA"),
        new(PackageType.Conda, "zlib", "1.2.13", PackageUrl.Conda("zlib", "1.2.13", "h0_0", "conda-forge", "linux-64", "conda"), "/opt/conda/conda-meta/zlib-1.2.13-h0_0.json"),
    ];

    [Fact]
    public async Task Documents_with_and_without_packages_and_timestamp_are_valid()
    {
        foreach (var document in new[]
                 {
                     CycloneDxDocument.Write(Image, Packages, "0.1.0", new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)),
                     CycloneDxDocument.Write(Image with { Reference = "untagged" }, [], "0.1.0", null),
                 })
        {
            var (exit, output) = await validator.ValidateAsync(document);
            Assert.True(exit == 0, output);
            Assert.StartsWith("valid: ", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("unknown component type", "components/0/type", "\"firmware-blob\"")]
    [InlineData("property the schema does not define", "components/0/licence", "\"MIT\"")]
    [InlineData("serial number that is no UUID URN", "serialNumber", "\"urn:uuid:not-a-uuid\"")]
    public async Task The_validator_rejects_a_broken_document(string what, string path, string value)
    {
        var document = JsonNode.Parse(CycloneDxDocument.Write(Image, Packages, "0.1.0", null))!;
        var segments = path.Split('/');
        var parent = segments[..^1].Aggregate(document, (node, segment) => int.TryParse(segment, out var index) ? node[index]! : node[segment]!);
        parent[segments[^1]] = JsonNode.Parse(value);

        var (exit, output) = await validator.ValidateAsync(document.ToJsonString());

        Assert.True(exit == 1, $"a document with an {what} passed: {output}");
        Assert.Contains("invalid CycloneDX 1.6", output, StringComparison.Ordinal);
    }
}
