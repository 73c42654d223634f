using ContainerKit.Docker.Provisioning;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.Pins;

/// <summary>
/// Where <c>ResolveDigestAsync</c> finds a base's digest on the real engine: the local image's repo digest when the
/// registry no longer has the tag, the registry's when no local image has it, and nothing for a tag neither knows.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class DigestResolutionTests(EngineFixture engine)
{
    [Fact]
    public async Task The_local_repo_digest_serves_when_the_registry_lost_the_tag_and_an_unknown_tag_has_none()
    {
        var repository = $"{TestEngineProvisioner.RegistryAddress}/{engine.Namespace.Name}/local-digest";
        var images = engine.Connection.Client.Images;
        await images.TagImageAsync(TestEngineProvisioner.BaseImage, new ImageTagParameters { RepositoryName = repository, Tag = "1" }, CancellationToken.None);
        await images.PushImageAsync(repository, new ImagePushParameters { Tag = "1" }, new AuthConfig(), new Progress<JSONMessage>(), CancellationToken.None);
        var pushed = Assert.IsType<string>(await BaseDigestFreezeTests.RegistryDigestAsync(repository + ":1"));
        using (var http = new HttpClient())
        {
            using var deleted = await http.DeleteAsync($"http://{TestEngineProvisioner.RegistryAddress}/v2/{engine.Namespace.Name}/local-digest/manifests/{pushed}");
            Assert.True(deleted.IsSuccessStatusCode, deleted.StatusCode.ToString());
        }
        Assert.Null(await BaseDigestFreezeTests.RegistryDigestAsync(repository + ":1"));

        Assert.Equal(pushed, await engine.Engine.ResolveDigestAsync(repository + ":1", CancellationToken.None));
        Assert.Null(await engine.Engine.ResolveDigestAsync($"{repository}:never-pushed", CancellationToken.None));
        Assert.Null(await engine.Engine.ResolveDigestAsync($"{TestEngineProvisioner.RegistryAddress}/{engine.Namespace.Name}/absent:1", CancellationToken.None));
    }
}
