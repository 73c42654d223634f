using System.Net.Http.Headers;
using System.Text.Json;
using ContainerKit.Definitions;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Docker.Workspace;
using ContainerKit.Rendering;
using ContainerKit.Sbom;
using ContainerKit.Tests.Sbom;

namespace ContainerKit.IntegrationTests.Sbom;

/// <summary>
/// SBOM and provenance on the real engine, through the targets: an image with a known dpkg package (jq), a pip package
/// (a wheel built in the image) and a conda-meta record gets its provenance labels, keeps its id and revision label
/// through a no-op build at a later commit, is described by Sbom (checked against the image and the CycloneDX schema)
/// and pushed with its SBOM under the sidecar tag, which reads back from the registry byte for byte.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class SbomTargetTests(EngineFixture engine, CycloneDxValidator validator) : IClassFixture<CycloneDxValidator>, IDisposable
{
    internal static readonly string Script = $$"""
        public sealed class SbomEnvironment : FromPythonEnvironment
        {
            public override string Name => "it-sbom";
            public override Project Project => new("it-sbom", imageName: "containerkit-it/sbom");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override AptPackages BaseApt => ["python3", "python3-venv", "python3-pip", "python3-setuptools", "python3-wheel"];
            public override AptPackages RuntimeApt => ["jq"];
            public override InteractiveShell DevShell => InteractiveShell.Bash;
            public override IReadOnlyList<CustomStage> CustomStages(MatrixEntry entry) =>
                [new CustomStage("wheels", "base", Instruction.Run({{Literal(WheelEnvironment.BuildWheel)}}))];
            public override IReadOnlyList<Instruction> RuntimeInstructions(MatrixEntry entry) =>
            [
                Instruction.Copy("/wheels", "/opt/wheels", fromStage: "wheels"),
                Instruction.Run({{Literal(WheelEnvironment.InstallWheel)}}),
                Instruction.Run({{Literal(CondaRecord)}}),
            ];
        }
        """;

    /// <summary>Writes a conda-meta record (as mamba writes one, abridged) of conda-forge's zlib into the image.</summary>
    private const string CondaRecord = "mkdir -p /opt/conda/conda-meta && echo '{\"build\": \"h4ab18f5_6\", \"build_number\": 6, "
        + "\"channel\": \"https://conda.anaconda.org/conda-forge/linux-64\", \"depends\": [\"libgcc-ng >=12\"], "
        + "\"files\": [\"lib/libz.so.1.2.13\"], \"fn\": \"zlib-1.2.13-h4ab18f5_6.conda\", \"name\": \"zlib\", "
        + "\"subdir\": \"linux-64\", \"version\": \"1.2.13\"}' > /opt/conda/conda-meta/zlib-1.2.13-h4ab18f5_6.json";

    private static string Literal(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

    private static readonly HttpClient Registry = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly ScratchRepository _repository = new();

    private string Repository => $"{engine.Namespace.Name}/containerkit-it/sbom";

    [Fact]
    public async Task Images_carry_provenance_and_their_sbom_lists_what_is_installed_and_travels_beside_them()
    {
        await _repository.CommitAsync("sbom.env.csx", Script);
        var first = await GitRevision.ReadAsync(_repository.Root, CancellationToken.None);
        var build = await RunAsync("BuildGeneric");
        Assert.True(build.Exit == 0, build.Output);
        var image = $"{Repository}:amd64-cpu-run-latest-root";
        var built = (await engine.Engine.InspectImageAsync(image, CancellationToken.None))!;
        var testBase = (await engine.Engine.InspectImageAsync(TestEngineProvisioner.BaseImage, CancellationToken.None))!;
        var manifest = ManifestJson.Read(File.ReadAllText(Path.Combine(_repository.Root, "artifacts/containers/it-sbom/amd64-cpu", RenderManifest.FileName)));

        Assert.Equal(first, built.Labels[ProvenanceLabels.Revision]);
        Assert.Equal(manifest.Image(ImageRoles.Run).ContentHash, built.Labels[RenderManifest.ContentHashLabel]);
        Assert.Equal(TestEngineProvisioner.BaseImage, built.Labels[ProvenanceLabels.BaseName]);
        Assert.Equal(testBase.Id, built.Labels[ProvenanceLabels.BaseImageId]);
        // Imported by TestEngine, never pulled: no registry digest of its own repository to record (other tests push
        // copies of it under the run's namespace, which give it repo digests of those repositories only).
        Assert.DoesNotContain(testBase.RepoDigests, d => d.StartsWith(ImageReference.Parse(TestEngineProvisioner.BaseImage).Repository + "@", StringComparison.Ordinal));
        Assert.False(built.Labels.ContainsKey(ProvenanceLabels.BaseDigest), "a base known only locally has no registry digest");
        Assert.Equal(ContainerKitVersion.Current, built.Labels[ProvenanceLabels.Version]);

        // A later commit that changes no build input: the images stay, with the revision they were first built at.
        File.WriteAllText(Path.Combine(_repository.Root, "NOTES.md"), "notes\n");
        await _repository.GitAsync("add", "NOTES.md");
        await _repository.GitAsync("-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "notes");
        var later = await GitRevision.ReadAsync(_repository.Root, CancellationToken.None);
        var noop = await RunAsync("BuildGeneric");
        Assert.True(noop.Exit == 0, noop.Output);
        var retagged = (await engine.Engine.InspectImageAsync($"{Repository}:amd64-cpu-run-{later}-root", CancellationToken.None))!;
        Assert.NotEqual(first, later);
        Assert.Contains("up to date", noop.Output, StringComparison.Ordinal);
        Assert.Equal(built.Id, retagged.Id);
        Assert.Equal(first, retagged.Labels[ProvenanceLabels.Revision]);

        var sbom = await RunAsync("Sbom", "--role", "run");
        Assert.True(sbom.Exit == 0, sbom.Output);
        var path = Path.Combine(_repository.Root, "artifacts/sbom/it-sbom/amd64-cpu-run.cdx.json");
        var document = File.ReadAllText(path);
        using var parsed = JsonDocument.Parse(document);
        var subject = parsed.RootElement.GetProperty("metadata").GetProperty("component");
        var components = parsed.RootElement.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var jq = await engine.RunAsync(image, ["-W", "-f=${Version}", "jq"], o => o with { Entrypoint = ["dpkg-query"] });

        Assert.Equal(built.Id, subject.GetProperty("bom-ref").GetString());
        Assert.Contains(subject.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == ProvenanceLabels.Revision && p.GetProperty("value").GetString() == first);
        Assert.True(jq.Exit == 0, jq.Error);
        Assert.Equal(jq.Output.Trim(), components["jq"].GetProperty("version").GetString());
        Assert.Equal($"pkg:deb/debian/jq@{jq.Output.Trim().Replace("+", "%2B", StringComparison.Ordinal)}?arch=amd64&distro=debian-12", components["jq"].GetProperty("purl").GetString());
        Assert.Equal("0.1", components["tinywheel"].GetProperty("version").GetString());
        Assert.Equal("pkg:pypi/tinywheel@0.1", components["tinywheel"].GetProperty("purl").GetString());
        Assert.Matches(@"^/opt/venv/lib/python3\.\d+/site-packages/tinywheel-0\.1\.dist-info/METADATA$",
            components["tinywheel"].GetProperty("evidence").GetProperty("occurrences")[0].GetProperty("location").GetString());
        Assert.Equal("pkg:conda/zlib@1.2.13?build=h4ab18f5_6&channel=conda-forge&subdir=linux-64&type=conda", components["zlib"].GetProperty("purl").GetString());
        Assert.Contains("python3", components.Keys);
        var validation = await validator.ValidateAsync(document);
        Assert.True(validation.ExitCode == 0, validation.Output);

        var again = await RunAsync("Sbom", "--role", "run");
        Assert.True(again.Exit == 0, again.Output);
        Assert.Equal(document, File.ReadAllText(path));

        var push = await RunAsync("PushGeneric", "--registry", TestEngineProvisioner.RegistryAddress);
        Assert.True(push.Exit == 0, push.Output);
        foreach (var revision in new[] { "latest", later })
        {
            var tag = $"amd64-cpu-run-{revision}-root{SbomArtifact.TagSuffix}";
            Assert.Contains($"{TestEngineProvisioner.RegistryAddress}/{Repository}:{tag}", push.Output, StringComparison.Ordinal);
            var (artifact, layer) = await FetchSidecarAsync(tag);
            Assert.Equal(CycloneDxDocument.MediaType, artifact.GetProperty("artifactType").GetString());
            Assert.Equal(built.Id, artifact.GetProperty("annotations").GetProperty(SbomArtifact.ImageIdAnnotation).GetString());
            Assert.Equal(document, layer);
        }
    }

    public void Dispose() => _repository.Dispose();

    private Task<(int Exit, string Output)> RunAsync(params string[] arguments) => TargetHost.RunAsync(engine, _repository.Root, [.. arguments, "--definition", "sbom.env.csx"]);

    // The sidecar's manifest and its one layer, read from the registry with plain HTTP.
    private async Task<(JsonElement Manifest, string Layer)> FetchSidecarAsync(string tag)
    {
        var address = $"http://{TestEngineProvisioner.RegistryAddress}/v2/{Repository}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{address}/manifests/{tag}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(SbomArtifact.ManifestMediaType));
        using var response = await Registry.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {tag}: {(int)response.StatusCode} {text}");
        var manifest = JsonDocument.Parse(text).RootElement;
        var digest = Assert.Single(manifest.GetProperty("layers").EnumerateArray()).GetProperty("digest").GetString();
        return (manifest, await Registry.GetStringAsync($"{address}/blobs/{digest}"));
    }
}
