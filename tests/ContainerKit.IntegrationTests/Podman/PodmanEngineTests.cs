using ContainerKit.Diagnostics;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Provisioning;

namespace ContainerKit.IntegrationTests.Podman;

/// <summary>
/// ContainerKit against Podman's Docker-compatible API (<c>podman system service</c> on a unix socket,
/// DOCKER_HOST=unix://...): Render -> BuildGeneric -> Run of a small definition, through the targets as a user runs
/// them; what buildah does with ContainerKit's Dockerfiles (cache mounts, <c>COPY --chmod</c>, progress, failures);
/// and the CK3173 diagnostic for build secrets, which that API cannot pass.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class PodmanEngineTests(EngineFixture engine, PodmanService podman) : IClassFixture<PodmanService>, IDisposable
{
    internal static readonly string Script = ScratchRepository.Definition("PodmanEnvironment", "it-podman", "containerkit-it/podman",
        "debian:bookworm-slim", """public override AptPackages BaseApt => ["python3", "python3-venv"];""");

    private readonly ScratchRepository _repository = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-podman-build-").FullName;

    private string Image => $"{engine.Namespace.Name}/containerkit-it/podman";

    [Fact]
    public async Task Render_BuildGeneric_and_Run_work_through_podmans_API()
    {
        podman.Require();
        await _repository.CommitAsync("podman.env.csx", Script);

        var build = await RunAsync("BuildGeneric");

        Assert.True(build.Exit == 0, build.Log + podman.Log);
        // buildah's progress, as ContainerKit shows it: one line per Dockerfile step (apt installs with cache mounts,
        // the entrypoints copied with --chmod).
        Assert.Contains("STEP", build.Log, StringComparison.Ordinal);
        Assert.Contains("RUN --mount=type=cache", build.Log, StringComparison.Ordinal);
        Assert.Contains("COPY --chmod=0755", build.Log, StringComparison.Ordinal);
        using var connection = await podman.ConnectAsync();
        Assert.True((await connection.ProductAsync(CancellationToken.None)).IsPodman);
        var run = await connection.Client.Images.InspectImageAsync($"{Image}:amd64-cpu-run-latest-root", CancellationToken.None);
        Assert.True(run.Config.Labels.ContainsKey(ContainerKit.Rendering.RenderManifest.ContentHashLabel), string.Join(", ", run.Config.Labels.Keys));
        // Built in podman's store only: the docker daemon never saw these images.
        Assert.Null(await engine.Engine.InspectImageAsync($"{Image}:amd64-cpu-run-latest-root", CancellationToken.None));

        var again = await RunAsync("BuildGeneric");
        Assert.True(again.Exit == 0, again.Log);
        Assert.Contains("is up to date", again.Log, StringComparison.Ordinal);

        var python = await RunAsync("Run", "--command", "python3 -c 'print(6 * 7)'");
        Assert.True(python.Exit == 0, python.Log + podman.Log);
        Assert.Equal("42\n", python.StandardOutput);

        var project = await RunAsync("Run", "--command", "sh -c 'head -n 1 \"$PROJECT_ROOT_AT/podman.env.csx\"'");
        Assert.True(project.Exit == 0, project.Log);
        Assert.Contains("PodmanEnvironment", project.StandardOutput, StringComparison.Ordinal);

        var failing = await RunAsync("Run", "--command", "sh -c 'exit 3'");
        Assert.Equal(3, failing.Exit);
    }

    [Fact]
    public async Task A_failing_step_is_CK3002_naming_the_step_with_its_output()
    {
        podman.Require();
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"),
            $"FROM {TestEngineProvisioner.BaseImage}\nRUN --mount=type=cache,target=/var/cache/ck echo cached > /var/cache/ck/marker\nRUN echo about-to-fail && exit 7\n");
        using var connection = await podman.ConnectAsync();

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => Builder(connection)
            .BuildAsync(new BuildRequest(_folder, "podman-fail") { Tags = [$"{engine.Namespace.Name}/podman-fail:1"], HostNetwork = true }, CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK3002", diagnostic.Id);
        Assert.Contains("RUN echo about-to-fail && exit 7", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("about-to-fail", diagnostic.Message + diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_secrets_are_refused_with_CK3173_before_building()
    {
        podman.Require();
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), $"FROM {TestEngineProvisioner.BaseImage}\nRUN --mount=type=secret,id=token,required=true cat /run/secrets/token\n");
        File.WriteAllText(Path.Combine(_folder, "token.txt"), "value");
        var tag = $"{engine.Namespace.Name}/podman-secret:1";
        using var connection = await podman.ConnectAsync();

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => Builder(connection)
            .BuildAsync(new BuildRequest(_folder, "podman-secret") { Tags = [tag], Secrets = new Dictionary<string, string> { ["token"] = "token.txt" } }, CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK3173", "podman-secret"), (diagnostic.Id, diagnostic.Location));
        Assert.Contains("token", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("buildah", diagnostic.Message, StringComparison.Ordinal);
        using var inspect = await connection.Http.GetAsync($"images/{tag}/json");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, inspect.StatusCode);
    }

    private ImageBuilder Builder(DockerConnection connection) =>
        new(connection, new PlainProgressReporter(TextWriter.Synchronized(engine.Progress)));

    private Task<(int Exit, string StandardOutput, string Log)> RunAsync(params string[] arguments) =>
        TargetHost.RunSeparatedAsync(engine, _repository.Root, new Dictionary<string, string> { ["DOCKER_HOST"] = podman.DockerHost },
            [.. arguments, "--definition", "podman.env.csx"]);

    public void Dispose()
    {
        _repository.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
