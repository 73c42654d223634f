using ContainerKit.Docker.Processes;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// A scratch git repository whose environment is <c>faults.env.csx</c>: a from-python environment on the test base
/// whose runtime stage ends with one RUN of the test's choosing (a <c>sleep</c> keeps a build in flight).
/// Every repository has an image name of its own, so tests never share tags.
/// </summary>
internal sealed class FaultRepository : IDisposable
{
    /// <summary>The script's file name.</summary>
    public const string ScriptName = "faults.env.csx";

    private FaultRepository(string root, string imageName)
    {
        Root = root;
        ImageName = imageName;
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>The image name without the run's namespace, e.g. <c>containerkit-it/faults-sigint</c>.</summary>
    public string ImageName { get; }

    /// <summary>The rendered entry folder.</summary>
    public string EntryFolder => Path.Combine(Root, "artifacts", "containers", "it-faults", "amd64-cpu");

    /// <summary>The definition: <paramref name="name"/> picks the image name, <paramref name="command"/> is the last runtime RUN.</summary>
    public static string Script(string name, string command) => $$"""
        public sealed class FaultsEnvironment : FromPythonEnvironment
        {
            public override string Name => "it-faults";
            public override Project Project => new("it-faults", imageName: "containerkit-it/faults-{{name}}");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override AptPackages BaseApt => ["python3", "python3-venv"];
            public override InteractiveShell DevShell => InteractiveShell.Bash;
            public override IReadOnlyList<Instruction> RuntimeInstructions(MatrixEntry entry) => [Instruction.Run("{{command}}")];
        }
        """;

    /// <summary>Creates the repository with one commit.</summary>
    public static async Task<FaultRepository> CreateAsync(string name, string command)
    {
        var repository = new FaultRepository(Directory.CreateTempSubdirectory("ck-faults-").FullName, $"containerkit-it/faults-{name}");
        File.WriteAllText(Path.Combine(repository.Root, ScriptName), Script(name, command));
        await repository.GitAsync("init", "-q");
        await repository.GitAsync("add", ScriptName);
        await repository.GitAsync("-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "environment");
        return repository;
    }

    /// <summary>The local tag of <paramref name="role"/> (run or dev) at <paramref name="revision"/>, in <paramref name="imageNamespace"/>.</summary>
    public string Tag(string imageNamespace, string role, string revision = "latest") =>
        $"{imageNamespace}/{ImageName}:amd64-cpu-{role}-{revision}-root";

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, recursive: true);

    private async Task GitAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync("git", arguments, Root, new Dictionary<string, string>(), output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
    }
}
