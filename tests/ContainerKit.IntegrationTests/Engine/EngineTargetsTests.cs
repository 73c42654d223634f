using ContainerKit.Docker.Provisioning;
using ContainerKit.Docker.Workspace;
using ContainerKit.Targets;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// The engine targets as a user runs them, through the host, on a scratch git repository whose environment is a
/// <c>*.env.csx</c> script: build (latest, sha and -dirty tags), run (output and exit code), list, .env, push and pull.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class EngineTargetsTests(EngineFixture engine) : IDisposable
{
    private string Image => $"{engine.Namespace.Name}/containerkit-it/targets";

    internal const string Script = """
        public sealed class TargetsEnvironment : FromPythonEnvironment
        {
            public override string Name => "it-targets";
            public override Project Project => new("it-targets", imageName: "containerkit-it/targets");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override AptPackages BaseApt => ["python3", "python3-venv"];
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("ck-targets-").FullName;

    [Fact]
    public async Task Build_run_list_env_push_and_pull_work_from_the_targets()
    {
        File.WriteAllText(Path.Combine(_root, "targets.env.csx"), Script);
        await GitAsync("init", "-q");
        await GitAsync("add", "targets.env.csx");
        await GitAsync("-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "environment");
        var sha = await GitRevision.ReadAsync(_root, CancellationToken.None);

        var build = await RunAsync("BuildGeneric");
        Assert.True(build.Exit == 0, build.Output);
        foreach (var tag in new[] { "latest", sha })
        {
            Assert.NotNull(await engine.Engine.InspectImageAsync($"{Image}:amd64-cpu-run-{tag}-root", CancellationToken.None));
            Assert.NotNull(await engine.Engine.InspectImageAsync($"{Image}:amd64-cpu-dev-{tag}-root", CancellationToken.None));
        }

        File.AppendAllText(Path.Combine(_root, "targets.env.csx"), "// edited\n");
        var dirty = await RunAsync("BuildGeneric");
        Assert.True(dirty.Exit == 0, dirty.Output);
        Assert.NotNull(await engine.Engine.InspectImageAsync($"{Image}:amd64-cpu-run-{sha}-dirty-root", CancellationToken.None));

        var run = await RunAsync("Run", "--command", "python3 -c 'print(6 * 7)'");
        Assert.True(run.Exit == 0, run.Output);
        Assert.Contains("42\n", run.Output, StringComparison.Ordinal);

        var failing = await RunAsync("Run", "--command", "sh -c 'exit 3'");
        Assert.Equal(3, failing.Exit);

        var list = await RunAsync("ListEnv");
        Assert.True(list.Exit == 0, list.Output);
        Assert.Contains("-- dpkg", list.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^python3\s", list.Output);

        var env = await RunAsync("Env", "--user", "alice", "--usrid", "4242", "--grp", "lab", "--grpid", "4343");
        Assert.True(env.Exit == 0, env.Output);
        Assert.Contains("USR=alice\nUSRID=4242\nGRP=lab\nGRPID=4343\n", File.ReadAllText(Path.Combine(_root, ".env")), StringComparison.Ordinal);
        var kept = await RunAsync("Env", "--user", "bob");
        Assert.Contains("keeping it", kept.Output, StringComparison.Ordinal);
        Assert.Contains("USR=alice\n", File.ReadAllText(Path.Combine(_root, ".env")), StringComparison.Ordinal);

        // The work tree is dirty (the edit above): pushing it needs --allow-dirty.
        var push = await RunAsync("PushGeneric", "--registry", TestEngineProvisioner.RegistryAddress, "--allow-dirty");
        Assert.True(push.Exit == 0, push.Output);
        Assert.Contains($"{TestEngineProvisioner.RegistryAddress}/{Image}:amd64-cpu-run-latest-root", push.Output, StringComparison.Ordinal);
        var pull = await RunAsync("PullGeneric", "--registry", TestEngineProvisioner.RegistryAddress);
        Assert.True(pull.Exit == 0, pull.Output);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task GitAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await ContainerKit.Docker.Processes.ProcessRunner.RunAsync("git", arguments, _root, new Dictionary<string, string>(), output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] arguments) =>
        TargetHost.RunAsync(engine, _root, [.. arguments, "--definition", "targets.env.csx"]);
}
