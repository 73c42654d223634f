using ContainerKit.Definitions;
using ContainerKit.Entrypoints;
using ContainerKit.Model;
using ContainerKit.Rendering;

namespace ContainerKit.Tests.Definitions;

/// <summary>Environment variables, labels, the user layer and the entrypoint options have per-entry forms, and rendering uses them.</summary>
public sealed class PerEntrySettingsTests
{
    private sealed class PerEntryEnvironment : FromPythonEnvironment
    {
        public override Project Project => new("per-entry");
        public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu, Acceleration.Cuda);
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override AptPackages BaseApt => ["python3", "python3-venv"];

        public override IReadOnlyDictionary<string, string> EnvironmentVariables => new Dictionary<string, string> { ["SHARED"] = "1" };
        public override IReadOnlyDictionary<string, string> EnvironmentVariablesFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda
            ? new Dictionary<string, string>(EnvironmentVariables) { ["CUDA_MODULE_LOADING"] = "LAZY" }
            : EnvironmentVariables;

        public override Labels Labels => new() { Title = "Per entry" };
        public override Labels LabelsFor(MatrixEntry entry) => Labels with { Extra = new Dictionary<string, string> { ["org.example.entry"] = entry.Key } };

        public override UserLayer UserFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda ? User with { LoginShell = "/bin/zsh" } : User;

        public override EntrypointOptions EntrypointFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda ? Entrypoint with { DefaultSshPort = 2299 } : Entrypoint;
    }

    private static IReadOnlyDictionary<string, RenderedEntry> Render() =>
        RenderPipeline.Plan([new PerEntryEnvironment()], RenderSelection.All, _ => null).Entries.ToDictionary(e => e.Entry.Key);

    private static string File(RenderedEntry entry, string path) => entry.Files.Single(f => f.RelativePath == path).Content;

    [Fact]
    public void Environment_variables_and_labels_differ_per_entry_and_compose_with_the_properties()
    {
        var entries = Render();

        var cpu = File(entries["amd64-cpu"], ImagePaths.GenericDockerfile);
        var cuda = File(entries["amd64-cuda"], ImagePaths.GenericDockerfile);
        Assert.Contains("SHARED=\"1\"", cpu, StringComparison.Ordinal);
        Assert.DoesNotContain("CUDA_MODULE_LOADING", cpu, StringComparison.Ordinal);
        Assert.Contains("SHARED=\"1\"", cuda, StringComparison.Ordinal);
        Assert.Contains("CUDA_MODULE_LOADING=\"LAZY\"", cuda, StringComparison.Ordinal);
        Assert.Contains("org.example.entry=\"amd64-cpu\"", cpu, StringComparison.Ordinal);
        Assert.Contains("org.example.entry=\"amd64-cuda\"", cuda, StringComparison.Ordinal);
        Assert.Contains("org.opencontainers.image.title=\"Per entry\"", cuda, StringComparison.Ordinal);
    }

    [Fact]
    public void The_user_layer_and_the_entrypoint_options_differ_per_entry()
    {
        var entries = Render();

        Assert.Contains("--shell /bin/bash", File(entries["amd64-cpu"], ImagePaths.UserDockerfile), StringComparison.Ordinal);
        Assert.Contains("--shell /bin/zsh", File(entries["amd64-cuda"], ImagePaths.UserDockerfile), StringComparison.Ordinal);
        Assert.Contains("# SSH_CONTAINER_PORT=2223", File(entries["amd64-cpu"], ".env.example"), StringComparison.Ordinal);
        Assert.Contains("# SSH_CONTAINER_PORT=2299", File(entries["amd64-cuda"], ".env.example"), StringComparison.Ordinal);
    }
}
