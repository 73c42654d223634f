using ContainerKit.Docker.Provisioning;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// Issue 12 (7): Clean removes this project's -dirty, debug-stage and old git-sha tags, keeps latest and the newest
/// --keep-revisions, and never touches tags its templates do not produce (another tag of the same repository, another repository).
/// Every tag is a tag of the test base image under the run's namespace.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class CleanTargetTests(EngineFixture engine) : IDisposable
{
    /// <summary>An environment that is never built: only its tag templates matter.</summary>
    internal static readonly string Script = ScratchRepository.Definition("CleanEnvironment", "it-clean", "containerkit-it/clean",
        TestEngineProvisioner.BaseImage);

    private readonly ScratchRepository _repository = new();

    private string Repo => $"{engine.Namespace.Name}/containerkit-it/clean";

    [Fact]
    public async Task Clean_removes_stale_tags_of_this_project_only()
    {
        await _repository.CommitAsync("clean.env.csx", Script);
        string[] removed = ["amd64-cpu-run-1111111-dirty-root", "amd64-cpu-run-debug-python-env-root", "amd64-cpu-dev-1111111-root"];
        string[] kept = ["amd64-cpu-run-latest-root", "amd64-cpu-dev-2222222-root", "amd64-cpu-run-2222222-alice", "custom-1111111-dirty"];
        foreach (var tag in removed.Concat(kept))
        {
            await TagAsync(Repo, tag);
        }

        var other = $"{engine.Namespace.Name}/containerkit-it/clean-other";
        await TagAsync(other, "amd64-cpu-run-1111111-dirty-root");

        var clean = await TargetHost.RunAsync(engine, _repository.Root, "Clean", "--keep-revisions", "1", "--definition", "clean.env.csx");

        Assert.True(clean.Exit == 0, clean.Output);
        foreach (var tag in removed)
        {
            Assert.Null(await engine.Engine.InspectImageAsync($"{Repo}:{tag}", CancellationToken.None));
            Assert.Contains($"removed {Repo}:{tag}", clean.Output, StringComparison.Ordinal);
        }

        foreach (var tag in kept)
        {
            Assert.NotNull(await engine.Engine.InspectImageAsync($"{Repo}:{tag}", CancellationToken.None));
        }

        Assert.NotNull(await engine.Engine.InspectImageAsync($"{other}:amd64-cpu-run-1111111-dirty-root", CancellationToken.None));
        Assert.NotNull(await engine.Engine.InspectImageAsync(TestEngineProvisioner.BaseImage, CancellationToken.None));
    }

    public void Dispose() => _repository.Dispose();

    private Task TagAsync(string repository, string tag) =>
        engine.Connection.Client.Images.TagImageAsync(TestEngineProvisioner.BaseImage, new ImageTagParameters { RepositoryName = repository, Tag = tag }, CancellationToken.None);
}
