using ContainerKit.Definitions;
using ContainerKit.Targets;
using ContainerKit.Targets.Host;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Editing;

/// <summary>EditPlatform and EditFromBase through the host, on a scratch repository whose build project holds one definition.</summary>
public sealed class EditTargetsTests : IDisposable
{
    public const string Source = """
        using ContainerKit.Definitions;
        using ContainerKit.Model;

        namespace Scratch;

        // the sample environment
        public sealed class EditSampleEnvironment : FromPythonEnvironment
        {
            public override Project Project => new("edit-sample");
            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override PipRequirements Pip => ["rich"];
        }
        """;

    private readonly TempFolder _root = new();
    private readonly string _file;

    public EditTargetsTests() => _file = _root.Write("build/Environments/EditSampleEnvironment.cs", Source);

    [Fact]
    public async Task EditPlatform_copy_adds_the_entry_to_the_source()
    {
        var (exit, output) = await RunAsync("EditPlatform", "--copy", "amd64-cpu", "--to", "arm64-cpu");

        Assert.True(exit == 0, output);
        Assert.Contains("edited   build/Environments/EditSampleEnvironment.cs", output, StringComparison.Ordinal);
        Assert.Equal(Source.Replace("Platforms(Platform.Amd64)", "Platforms(Platform.Amd64, Platform.Arm64)", StringComparison.Ordinal), File.ReadAllText(_file));
    }

    [Fact]
    public async Task EditPlatform_with_an_unknown_entry_exits_2_and_changes_nothing()
    {
        var (exit, output) = await RunAsync("EditPlatform", "--change", "amd64-tpu", "--to", "arm64-cpu");

        Assert.Equal(2, exit);
        Assert.Contains("--change", output, StringComparison.Ordinal);
        Assert.Contains("amd64-tpu", output, StringComparison.Ordinal);
        Assert.Equal(Source, File.ReadAllText(_file));
    }

    [Fact]
    public async Task EditPlatform_needs_exactly_one_of_change_and_copy()
    {
        var (exit, output) = await RunAsync("EditPlatform", "--to", "arm64-cpu");

        Assert.Equal(2, exit);
        Assert.Contains("give exactly one of --change or --copy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditFromBase_switches_the_base_and_carries_the_requirements()
    {
        var (exit, output) = await RunAsync("EditFromBase", "--to", "from-scratch");

        Assert.True(exit == 0, output);
        var text = File.ReadAllText(_file);
        Assert.Contains("public sealed class EditSampleEnvironment : FromScratchEnvironment", text, StringComparison.Ordinal);
        Assert.Contains("public override CondaEnvironment Conda => new() { Dependencies = [\"python\", \"pip\"], Pip = [\"rich\"] };", text, StringComparison.Ordinal);
        Assert.Contains("// the sample environment", text, StringComparison.Ordinal);
        Assert.Contains("note: removed Pip", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_that_would_not_compile_is_refused_and_no_file_changes()
    {
        var user = _root.Write("build/Usage.cs", "static class Usage { static object Requirements => new Scratch.EditSampleEnvironment().Pip; }\n");

        var (exit, output) = await RunAsync("EditFromBase", "--to", "from-scratch");

        Assert.Equal(2, exit);
        Assert.Contains("CK1101", output, StringComparison.Ordinal);
        Assert.Contains("Usage.cs:1:", output, StringComparison.Ordinal);
        Assert.Equal(Source, File.ReadAllText(_file));
        Assert.Equal(2, Directory.EnumerateFiles(Path.Combine(_root.Path, "build"), "*", SearchOption.AllDirectories).Count());
        Assert.True(File.Exists(user));
    }

    public void Dispose() => _root.Dispose();

    private async Task<(int Exit, string Output)> RunAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await BuildHost.RunAsync(new SampleBuild(), new HostContext(arguments, new Dictionary<string, string>(), output, _root.Path), []);
        return (exit, output.ToString());
    }

    private sealed class SampleBuild : ContainerKitBuild
    {
        protected override IReadOnlyList<EnvironmentDefinition> LoadEnvironments() => [new EditSampleEnvironment()];
    }
}
