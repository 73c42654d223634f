using ContainerKit.Definitions;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Freezing;
using ContainerKit.Scripting.Scripts;
using ContainerKit.Targets;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// FreezeEnv end to end: a script definition with inline lists and one reading a requirements.txt, built on the
/// real engine, frozen through the target, re-rendered, and frozen again.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class FreezeEnvTests(EngineFixture engine) : IDisposable
{
    // pip needs no index here: `six` is already satisfied by Debian's python3-six through --system-site-packages.
    internal const string Script = """
        public sealed class FreezeInlineEnvironment : FromPythonEnvironment
        {
            public override string Name => "it-freeze-inline";
            public override Project Project => new("it-freeze-inline", imageName: "containerkit-it/freeze-inline");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override AptPackages BaseApt => ["python3", "python3-venv", "python3-six"];
            // jq for the job scripts
            public override AptPackages RuntimeApt => ["jq"];
            public override AptPackages DevApt => ["less"];
            public override PipRequirements Pip => ["six"];
        }

        public sealed class FreezeFileEnvironment : FromPythonEnvironment
        {
            public override string Name => "it-freeze-file";
            public override Project Project => new("it-freeze-file", imageName: "containerkit-it/freeze-file");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override AptPackages BaseApt => ["python3", "python3-venv", "python3-six"];
            public override PipRequirements Pip => PipRequirements.FromFile("deps/requirements.txt");
        }
        """;

    private const string Requirements = "# offline: satisfied by the base\nsix  # compatibility\n";

    private readonly string _root = Directory.CreateTempSubdirectory("ck-freeze-").FullName;

    [Fact]
    public async Task Freeze_pins_inline_lists_and_the_requirements_file_and_a_second_freeze_changes_nothing()
    {
        var script = Path.Combine(_root, "freeze.env.csx");
        File.WriteAllText(script, Script);
        Directory.CreateDirectory(Path.Combine(_root, "deps"));
        var requirements = Path.Combine(_root, "deps", "requirements.txt");
        File.WriteAllText(requirements, Requirements);
        foreach (var definition in new ScriptDefinitionLoader<EnvironmentDefinition>(new ScriptLoaderOptions(Path.Combine(_root, "cache"))).Load(script))
        {
            await engine.BuildGenericAsync(definition, file => file == "deps/requirements.txt" ? Requirements : null);
        }
        var dev = $"{engine.Namespace.Name}/containerkit-it/freeze-inline:amd64-cpu-dev-latest-root";
        var jq = await VersionIn(dev, "dpkg-query -W -f '${Version}' jq");
        var less = await VersionIn(dev, "dpkg-query -W -f '${Version}' less");
        var six = await VersionIn(dev, "python -c 'import six; print(six.__version__, end=\"\")'");

        var (firstExit, firstOutput) = await RunAsync("FreezeEnv", "--definition", "freeze.env.csx");
        var frozenScript = File.ReadAllText(script);
        var frozenRequirements = File.ReadAllText(requirements);

        Assert.True(firstExit == 0, firstOutput);
        // The tests' base is debian:bookworm-slim substituted by a local import: the reference the definition writes is neither
        // pulled nor reachable (no Docker Hub), so it stays unpinned with a warning; the substitute's digest is never written.
        Assert.Contains("warning: it-freeze-inline: base image debian:bookworm-slim (amd64-cpu) is neither pulled nor reachable in its registry; left unpinned", firstOutput, StringComparison.Ordinal);
        Assert.Contains("BaseImage.Parse(\"debian:bookworm-slim\")", frozenScript, StringComparison.Ordinal);
        Assert.Contains($"""public override AptPackages RuntimeApt => ["jq={jq}"];""", frozenScript, StringComparison.Ordinal);
        Assert.Contains($"""public override AptPackages DevApt => ["less={less}"];""", frozenScript, StringComparison.Ordinal);
        Assert.Contains($"""public override PipRequirements Pip => ["six=={six}"];""", frozenScript, StringComparison.Ordinal);
        Assert.Contains("    // jq for the job scripts\n", frozenScript, StringComparison.Ordinal);
        Assert.StartsWith($"# offline: satisfied by the base\nsix=={six}  # compatibility\n", frozenRequirements, StringComparison.Ordinal);
        Assert.DoesNotContain(RequirementsLock.SectionMarker, frozenRequirements, StringComparison.Ordinal);

        var (renderExit, renderOutput) = await RunAsync("Render", "--definition", "freeze.env.csx");
        Assert.True(renderExit == 0, renderOutput);
        var dockerfile = File.ReadAllText(Path.Combine(_root, ContainerKitBuild.ContainersFolder, "it-freeze-inline", "amd64-cpu", ImagePaths.GenericDockerfile));
        Assert.Contains($"jq={jq}", dockerfile, StringComparison.Ordinal);
        Assert.Contains($"six=={six}", File.ReadAllText(Path.Combine(_root, ContainerKitBuild.ContainersFolder, "it-freeze-file", "amd64-cpu", "dependencies", "requirements.txt")), StringComparison.Ordinal);

        var (secondExit, secondOutput) = await RunAsync("FreezeEnv", "--definition", "freeze.env.csx");
        Assert.True(secondExit == 0, secondOutput);
        Assert.Contains("no file changed", secondOutput, StringComparison.Ordinal);
        Assert.Equal(frozenScript, File.ReadAllText(script));
        Assert.Equal(frozenRequirements, File.ReadAllText(requirements));
    }

    [Fact]
    public async Task Freeze_of_an_image_that_is_not_built_is_CK3010_and_changes_nothing()
    {
        const string script = """
            public sealed class NeverBuiltEnvironment : FromPythonEnvironment
            {
                public override string Name => "it-never-built";
                public override Project Project => new("it-never-built", imageName: "containerkit-it/never-built");
                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
                public override AptPackages RuntimeApt => ["jq"];
            }
            """;
        var path = Path.Combine(_root, "never.env.csx");
        File.WriteAllText(path, script);

        var (exit, output) = await RunAsync("FreezeEnv", "--definition", "never.env.csx");

        Assert.Equal(1, exit);
        Assert.Contains("CK3010", output, StringComparison.Ordinal);
        Assert.Contains("containerkit-it/never-built:amd64-cpu-dev-latest-root", output, StringComparison.Ordinal);
        Assert.Equal(script, File.ReadAllText(path));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<string> VersionIn(string image, string command)
    {
        var (exit, output, error) = await engine.RunAsync(image, ["sh", "-c", command]);
        Assert.True(exit == 0, error);
        return output.Trim();
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] arguments) => TargetHost.RunAsync(engine, _root, arguments);
}
