using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using Docker.DotNet.Models;
using Environments;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// The suite is hermetic: the fixture recorded the example's images and planted a stale <c>latest</c> tag of every
/// test image name before any test ran (<see cref="PreexistingImages"/>); building through the fixture and the
/// targets leaves them as they were, and a run's cleanup removes only its own namespace.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class IsolationTests(EngineFixture engine)
{
    [Fact]
    public async Task Building_the_example_leaves_the_users_example_images_and_stale_tags_alone()
    {
        var exampleTag = "example-lab/research-project:amd64-cpu-run-latest-root";
        Assert.Contains(exampleTag, engine.Preexisting.Keys);
        Assert.Contains("containerkit-it/it-wheel:amd64-cpu-run-latest-root", engine.Preexisting.Keys);
        Assert.Contains("containerkit-it/targets:amd64-cpu-dev-latest-root", engine.Preexisting.Keys);

        var folder = await engine.BuildGenericAsync(new ResearchEnvironment());
        var built = EngineFixture.Image(folder, ImageRoles.Run);

        Assert.Equal($"{engine.Namespace.Name}/{exampleTag}", built);
        Assert.Equal("it", (await engine.Engine.InspectImageAsync(built, CancellationToken.None))!.Labels["org.opencontainers.image.revision"]);
        foreach (var (tag, id) in engine.Preexisting)
        {
            Assert.Equal((tag, id), (tag, (await engine.Engine.InspectImageAsync(tag, CancellationToken.None))?.Id));
        }
    }

    [Fact]
    public async Task Cleanup_removes_the_runs_tags_and_registry_repositories_and_nothing_else()
    {
        var other = new RunNamespace();
        var client = engine.Connection.Client;
        var ours = $"{other.Name}/cleanup:latest";
        var pushed = $"{TestEngineProvisioner.RegistryAddress}/{other.Name}/cleanup";
        var theirs = $"{engine.Namespace.Name}/not-the-other-run:latest";
        foreach (var (repository, tag) in new[] { ($"{other.Name}/cleanup", "latest"), (pushed, "latest"), ($"{engine.Namespace.Name}/not-the-other-run", "latest") })
        {
            await client.Images.TagImageAsync(TestEngineProvisioner.BaseImage, new ImageTagParameters { RepositoryName = repository, Tag = tag });
        }
        await client.Images.PushImageAsync(pushed, new ImagePushParameters { Tag = "latest" }, new AuthConfig(), new Progress<JSONMessage>());

        var problems = await other.CleanAsync(engine.Connection);

        Assert.Empty(problems);
        Assert.Null(await engine.Engine.InspectImageAsync(ours, CancellationToken.None));
        Assert.Null(await engine.Engine.InspectImageAsync(pushed + ":latest", CancellationToken.None));
        Assert.NotNull(await engine.Engine.InspectImageAsync(theirs, CancellationToken.None));
        Assert.NotNull(await engine.Engine.InspectImageAsync(TestEngineProvisioner.BaseImage, CancellationToken.None));
        using var http = new HttpClient();
        var tags = await http.GetStringAsync($"http://{TestEngineProvisioner.RegistryAddress}/v2/{other.Name}/cleanup/tags/list");
        Assert.Contains("\"tags\":null", tags, StringComparison.Ordinal);
    }
}
