using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Registry;
using ContainerKit.Rendering;
using ContainerKit.Tests.Fakes;

namespace ContainerKit.Tests.Emulation;

/// <summary>The OCI image index over the platform images: their descriptors as the registry gives them, each with its platform.</summary>
public sealed class ImageIndexPublisherTests
{
    private static readonly ImageReference Index = ImageReference.Parse("127.0.0.1:5000/lab/p:cpu-run-latest-root");

    [Fact]
    public async Task The_index_names_each_platform_images_manifest_as_the_registry_describes_it()
    {
        var handler = new RecordingHandler(request => request.Method == HttpMethod.Head
            ? Descriptor(request.RequestUri!.AbsolutePath.EndsWith("amd64-cpu-run-latest-root", StringComparison.Ordinal) ? "sha256:aa" : "sha256:bb")
            : new HttpResponseMessage(HttpStatusCode.Created));
        using var http = new HttpClient(handler);

        var digest = await new ImageIndexPublisher(new RegistryClient(http, null)).PublishAsync(Index,
            [("amd64-cpu-run-latest-root", "amd64"), ("arm64-cpu-run-latest-root", "arm64")], CancellationToken.None);

        Assert.Equal(
            [
                "HEAD http://127.0.0.1:5000/v2/lab/p/manifests/amd64-cpu-run-latest-root ",
                "HEAD http://127.0.0.1:5000/v2/lab/p/manifests/arm64-cpu-run-latest-root ",
                "PUT http://127.0.0.1:5000/v2/lab/p/manifests/cpu-run-latest-root ",
            ],
            handler.Requests);
        var body = Assert.Single(handler.Bodies);
        Assert.Equal(RegistryClient.Digest(System.Text.Encoding.UTF8.GetBytes(body)), digest);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(ImageIndexDocument.MediaType, root.GetProperty("mediaType").GetString());
        Assert.Equal(
            ["application/vnd.docker.distribution.manifest.v2+json sha256:aa 529 linux/amd64", "application/vnd.docker.distribution.manifest.v2+json sha256:bb 529 linux/arm64"],
            root.GetProperty("manifests").EnumerateArray().Select(m =>
                $"{m.GetProperty("mediaType").GetString()} {m.GetProperty("digest").GetString()} {m.GetProperty("size").GetInt64()} "
                + $"{m.GetProperty("platform").GetProperty("os").GetString()}/{m.GetProperty("platform").GetProperty("architecture").GetString()}"));
    }

    [Fact]
    public async Task A_platform_image_missing_from_the_registry_is_CK3141_and_nothing_is_put()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        using var http = new HttpClient(handler);

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => new ImageIndexPublisher(new RegistryClient(http, null)).PublishAsync(Index,
            [("amd64-cpu-run-latest-root", "amd64"), ("arm64-cpu-run-latest-root", "arm64")], CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK3141", diagnostic.Id);
        Assert.Contains("127.0.0.1:5000/lab/p:amd64-cpu-run-latest-root is not in the registry", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("./build.sh PushGeneric", diagnostic.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(handler.Requests, r => r.StartsWith("PUT", StringComparison.Ordinal));
    }

    private static HttpResponseMessage Descriptor(string digest)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.docker.distribution.manifest.v2+json");
        response.Content.Headers.ContentLength = 529;
        response.Headers.Add("Docker-Content-Digest", digest);
        return response;
    }
}
