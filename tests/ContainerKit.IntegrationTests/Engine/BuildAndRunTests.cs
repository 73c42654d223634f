using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Engine;
using ContainerKit.Rendering;
using Environments;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>Generic builds through the Engine API and runs of their images.</summary>
[Collection(EngineCollection.Name)]
public sealed class BuildAndRunTests(EngineFixture engine)
{
    [Fact]
    public async Task Example_cpu_entry_builds_and_runs_python()
    {
        var folder = await engine.BuildGenericAsync(new ResearchEnvironment());
        var manifest = ManifestJson.Read(File.ReadAllText(Path.Combine(folder, RenderManifest.FileName)));
        var image = ImageTagTemplate.Expand(manifest.Image(ImageRoles.Run).TagTemplates[0], "latest", null);

        var (exit, output, _) = await engine.RunAsync(image, ["python3", "-c", "print(6 * 7)"]);
        var inspected = await engine.Engine.InspectImageAsync(image, CancellationToken.None);

        Assert.Equal((0, "42"), (exit, output.Trim()));
        Assert.Equal(manifest.Image(ImageRoles.Run).ContentHash, inspected!.Labels[RenderManifest.ContentHashLabel]);
        Assert.Equal("it", inspected.Labels["org.opencontainers.image.revision"]);
    }

    [Fact]
    public async Task Apt_packages_and_the_local_wheel_are_installed()
    {
        var image = await RunImageAsync(new WheelEnvironment());

        var (exit, output, error) = await engine.RunAsync(image,
            ["bash", "-c", "jq --version && python -c 'import tinywheel; print(tinywheel.VALUE)' && python -m pip list --format freeze | grep tinywheel"]);

        Assert.True(exit == 0, error);
        Assert.Matches(@"^jq-1\.\d", output);
        Assert.Contains("42\ntinywheel==0.1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Python_environment_snapshots_are_stored_in_the_image()
    {
        var image = await RunImageAsync(new WheelEnvironment());

        var (exit, output, _) = await engine.RunAsync(image, ["ls", ImagePaths.Snapshots]);

        Assert.Equal(0, exit);
        Assert.Equal(["pip-after.txt", "pip-before.txt"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(42)]
    public async Task Run_returns_the_command_exit_code(int code)
    {
        var image = await RunImageAsync(new WheelEnvironment());

        var (exit, _, _) = await engine.RunAsync(image, ["sh", "-c", $"exit {code}"]);

        Assert.Equal(code, exit);
    }

    [Fact]
    public async Task A_second_build_of_an_unchanged_folder_is_answered_from_the_label()
    {
        var folder = await engine.BuildGenericAsync(new WheelEnvironment());

        var outcomes = await engine.Engine.BuildGenericAsync(folder, new GenericBuildOptions { Revisions = ["latest", "it"] }, CancellationToken.None);

        Assert.All(outcomes, o => Assert.True(o.Skipped, o.Role));
    }

    [Fact]
    public async Task A_failing_RUN_reports_its_step_and_log()
    {
        var folder = engine.Render(new FailingEnvironment());

        var error = await Assert.ThrowsAsync<DiagnosticException>(() =>
            engine.Engine.BuildGenericAsync(folder, new GenericBuildOptions(), CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(EngineDiagnostics.BuildFailedId, diagnostic.Id);
        Assert.Contains("exit 3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(FailingEnvironment.Marker, diagnostic.Message, StringComparison.Ordinal);
        Assert.True(error.IsEngineFailure);
    }

    [Fact]
    public async Task An_unreachable_DOCKER_HOST_is_CK3001_within_five_seconds()
    {
        var endpoint = DockerEndpoint.FromEnvironment(name => name == "DOCKER_HOST" ? "tcp://127.0.0.1:9" : null);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => DockerConnection.ConnectAsync(endpoint, CancellationToken.None));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(EngineDiagnostics.DaemonUnreachableId, diagnostic.Id);
        Assert.Contains("127.0.0.1:9", diagnostic.Message, StringComparison.Ordinal);
    }

    private async Task<string> RunImageAsync(WheelEnvironment definition)
    {
        var folder = await engine.BuildGenericAsync(definition);
        return EngineFixture.Image(folder, ImageRoles.Run);
    }
}
