using System.Net;
using System.Text.Json;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Registry;
using ContainerKit.Rendering;
using ContainerKit.Sbom;
using ContainerKit.Tests.Fakes;

namespace ContainerKit.Tests.Sbom;

/// <summary>Provenance labels, the base an image is built on, the sidecar artifact and the registry client's addressing and auth.</summary>
public sealed class ProvenanceTests
{
    private const string Generic = """
        FROM debian:bookworm-slim AS base
        FROM base AS python-env
        FROM base AS runtime-generic
        FROM runtime-generic AS development-generic
        """;

    [Theory]
    [InlineData("development-generic", "debian:bookworm-slim")]
    [InlineData(null, "debian:bookworm-slim")]
    public void The_base_of_a_target_follows_stage_froms_to_the_external_image(string? target, string expected)
    {
        Assert.Equal(expected, BaseImages.OfTarget(Generic, target, new Dictionary<string, string>()));
    }

    [Fact]
    public void The_user_layer_base_comes_from_its_build_argument()
    {
        const string user = "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nUSER root\n";

        Assert.Equal("lab/p:amd64-cpu-run-latest-root", BaseImages.OfTarget(user, null, new Dictionary<string, string> { ["BASE_IMAGE"] = "lab/p:amd64-cpu-run-latest-root" }));
        Assert.Null(BaseImages.OfTarget(user, null, new Dictionary<string, string>()));
        Assert.Null(BaseImages.OfTarget("FROM scratch\n", null, new Dictionary<string, string>()));
    }

    [Fact]
    public void A_base_with_a_registry_digest_gets_it_one_known_only_locally_its_image_id()
    {
        var digest = "sha256:" + new string('d', 64);
        var pulled = new LocalImage("sha256:" + new string('1', 64), new Dictionary<string, string>(), 1);
        var imported = new LocalImage("sha256:" + new string('2', 64), new Dictionary<string, string>(), 1);

        var fromRegistry = ProvenanceLabels.Of("hash", "docker.io/library/debian:bookworm-slim", pulled, digest);
        var local = ProvenanceLabels.Of("hash", "containerkit-test/debian:bookworm", imported, null);
        var remoteOnly = ProvenanceLabels.Of("hash", "127.0.0.1:5000/lab/base:1", null, digest);

        Assert.Equal(digest, fromRegistry[ProvenanceLabels.BaseDigest]);
        Assert.Equal(pulled.Id, fromRegistry[ProvenanceLabels.BaseImageId]);
        Assert.False(local.ContainsKey(ProvenanceLabels.BaseDigest));
        Assert.Equal(imported.Id, local[ProvenanceLabels.BaseImageId]);
        Assert.Equal("containerkit-test/debian:bookworm", local[ProvenanceLabels.BaseName]);
        Assert.Equal(digest, remoteOnly[ProvenanceLabels.BaseDigest]);
        Assert.False(remoteOnly.ContainsKey(ProvenanceLabels.BaseImageId));
        Assert.All([fromRegistry, local, remoteOnly], labels =>
        {
            Assert.Equal("hash", labels[RenderManifest.ContentHashLabel]);
            Assert.Equal(ContainerKitVersion.Current, labels[ProvenanceLabels.Version]);
            Assert.DoesNotContain(ProvenanceLabels.Revision, labels.Keys);
        });
        Assert.Matches(@"^\d+\.\d+\.\d+", ContainerKitVersion.Current);
    }

    [Fact]
    public void Sidecar_manifest_is_an_oci_artifact_with_the_empty_config_and_the_sbom_layer()
    {
        var config = RegistryClient.Digest(SbomArtifact.EmptyConfig);
        using var manifest = JsonDocument.Parse(SbomArtifact.Manifest(config, "sha256:" + new string('b', 64), 123, "amd64-cpu-run.cdx.json", "r:5000/x:t", "sha256:" + new string('c', 64)));
        var root = manifest.RootElement;

        Assert.Equal("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", config);
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(SbomArtifact.ManifestMediaType, root.GetProperty("mediaType").GetString());
        Assert.Equal("application/vnd.cyclonedx+json", root.GetProperty("artifactType").GetString());
        Assert.Equal((SbomArtifact.EmptyConfigMediaType, config, 2), (root.GetProperty("config").GetProperty("mediaType").GetString(),
            root.GetProperty("config").GetProperty("digest").GetString(), root.GetProperty("config").GetProperty("size").GetInt32()));
        var layer = Assert.Single(root.GetProperty("layers").EnumerateArray());
        Assert.Equal(123, layer.GetProperty("size").GetInt32());
        Assert.Equal("amd64-cpu-run.cdx.json", layer.GetProperty("annotations").GetProperty("org.opencontainers.image.title").GetString());
        Assert.Equal("r:5000/x:t", root.GetProperty("annotations").GetProperty(SbomArtifact.ImageAnnotation).GetString());
        Assert.Equal("amd64-cpu-run-latest-root.sbom", SbomArtifact.TagOf("amd64-cpu-run-latest-root"));
    }

    [Theory]
    [InlineData("127.0.0.1:5000", "http://127.0.0.1:5000/v2/")]
    [InlineData("localhost:5000", "http://localhost:5000/v2/")]
    [InlineData("[::1]:5000", "http://[::1]:5000/v2/")]
    [InlineData("ghcr.io", "https://ghcr.io/v2/")]
    [InlineData("registry.example.org:5443", "https://registry.example.org:5443/v2/")]
    public void Loopback_registries_are_spoken_to_over_http_others_over_https(string host, string expected)
    {
        Assert.Equal(expected, RegistryClient.BaseAddress(host).ToString());
    }

    [Fact]
    public async Task A_bearer_challenge_is_answered_with_a_token_for_the_repository_scope()
    {
        var handler = new RecordingHandler(request => request.RequestUri!.Host == "auth.example"
            ? Json("""{"token": "t0k"}""")
            : request.Headers.Authorization?.ToString() == "Bearer t0k"
                ? new HttpResponseMessage(HttpStatusCode.Created)
                : Challenge());
        using var http = new HttpClient(handler);
        var client = new RegistryClient(http, new RegistryCredentials("me", "secret"));

        var digest = await client.PushManifestAsync("registry.example", "lab/x", "t.sbom", SbomArtifact.ManifestMediaType, "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(RegistryClient.Digest("{}"u8.ToArray()), digest);
        Assert.Equal(
            [
                "PUT https://registry.example/v2/lab/x/manifests/t.sbom ",
                "GET https://auth.example/token?service=registry.example&scope=repository%3Alab%2Fx%3Apull%2Cpush Basic bWU6c2VjcmV0",
                "PUT https://registry.example/v2/lab/x/manifests/t.sbom Bearer t0k",
            ],
            handler.Requests);

        static HttpResponseMessage Challenge()
        {
            var response = new HttpResponseMessage(HttpStatusCode.Unauthorized);
            response.Headers.WwwAuthenticate.ParseAdd("Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:lab/x:pull,push\"");
            return response;
        }
    }

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body) };
}
