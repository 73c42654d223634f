using ContainerKit.Docker.Provisioning;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// Issue 12 (4): each image carries its own render hash, so a change that affects only the dev image (one more
/// dev apt package) rebuilds the dev image and leaves the run image (its id and its tags) as it was.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class DevOnlyChangeTests(EngineFixture engine) : IDisposable
{
    /// <summary>The environment before the change.</summary>
    internal static readonly string Before = Environment("less");

    /// <summary>The environment after the change: one more dev apt package.</summary>
    internal static readonly string After = Environment("less", "tree");

    private readonly ScratchRepository _repository = new();

    private string Image => $"{engine.Namespace.Name}/containerkit-it/dev-only";

    [Fact]
    public async Task A_dev_only_change_rebuilds_the_dev_image_and_leaves_the_run_image_alone()
    {
        await _repository.CommitAsync("dev-only.env.csx", Before);
        var first = await TargetHost.RunAsync(engine, _repository.Root, "BuildGeneric", "--definition", "dev-only.env.csx");
        Assert.True(first.Exit == 0, first.Output);
        var run = await IdAsync("run");
        var dev = await IdAsync("dev");

        File.WriteAllText(Path.Combine(_repository.Root, "dev-only.env.csx"), After);
        var second = await TargetHost.RunAsync(engine, _repository.Root, "BuildGeneric", "--definition", "dev-only.env.csx");

        Assert.True(second.Exit == 0, second.Output);
        Assert.Equal(run, await IdAsync("run"));
        Assert.NotEqual(dev, await IdAsync("dev"));
        Assert.Contains($"{Image}:amd64-cpu-run-latest-root is up to date", second.Output, StringComparison.Ordinal);
        var tree = await engine.RunAsync($"{Image}:amd64-cpu-dev-latest-root", ["sh", "-c", "command -v tree"]);
        Assert.True(tree.Exit == 0, tree.Error);
    }

    public void Dispose() => _repository.Dispose();

    private static string Environment(params string[] devApt) =>
        ScratchRepository.Definition("DevOnlyEnvironment", "it-dev-only", "containerkit-it/dev-only", TestEngineProvisioner.BaseImage,
            """public override AptPackages BaseApt => ["python3", "python3-venv"];""",
            $"public override AptPackages DevApt => [{string.Join(", ", devApt.Select(p => $"\"{p}\""))}];");

    private async Task<string> IdAsync(string role) =>
        (await engine.Engine.InspectImageAsync($"{Image}:amd64-cpu-{role}-latest-root", CancellationToken.None))?.Id
        ?? throw new Xunit.Sdk.XunitException($"{Image}:amd64-cpu-{role}-latest-root was not built");
}
