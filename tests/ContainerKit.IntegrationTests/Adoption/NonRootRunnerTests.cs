using ContainerKit.Ci;
using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Tests;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.IntegrationTests.Adoption;

/// <summary>
/// Issue 12 (5): ContainerKit's own test job on a hosted runner, where the user is not root but has passwordless sudo.
/// As a local proxy, a throwaway user with passwordless sudo runs, in a clone of this repository it owns, the test
/// job's command line from the committed workflow with TestEngine and then with one build in place of Test.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class NonRootRunnerTests(EngineFixture engine) : IAsyncLifetime
{
    private readonly string _user = "ck-runner-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _clone = Path.Combine(Directory.CreateTempSubdirectory("ck-runner-").FullName, "repo");

    private string Sudoers => $"/etc/sudoers.d/{_user}";

    /// <summary>A namespace of this test's own inside the run's: it builds the example at the clone's revision, which must not meet the fixture's build of it.</summary>
    private string Namespace => $"{engine.Namespace.Name}/nonroot";

    public async Task InitializeAsync()
    {
        Assert.True(Environment.UserName == "root", "creating the throwaway user needs root (as CI and TestEngine have)");
        await MustAsync("useradd", "--create-home", "--shell", "/bin/bash", _user);
        await File.WriteAllTextAsync(Sudoers, $"{_user} ALL=(ALL) NOPASSWD:ALL\n");
        File.SetUnixFileMode(Sudoers, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        await MustAsync("git", "clone", "-q", RepositoryFolder.Root, _clone);
        await MustAsync("chown", "-R", $"{_user}:{_user}", Path.GetDirectoryName(_clone)!);
    }

    public async Task DisposeAsync()
    {
        File.Delete(Sudoers);
        await RunAsync("userdel", "--remove", _user);
        Directory.Delete(Path.GetDirectoryName(_clone)!, recursive: true);
    }

    [Fact]
    public async Task The_test_jobs_command_runs_TestEngine_and_a_build_as_a_non_root_user_with_sudo()
    {
        var testCommand = TestJobCommand();
        Assert.EndsWith(" Test", testCommand, StringComparison.Ordinal);
        var prefix = testCommand[..^" Test".Length];
        Assert.Equal(_user + "\n", (await AsUserAsync("id -un")).Output);

        var provision = await AsUserAsync($"{prefix} TestEngine");
        Assert.True(provision.Exit == 0, provision.Output);

        var build = await AsUserAsync($"{prefix} BuildGeneric --platform amd64 --acceleration cpu --environment research "
            + $"--image-namespace {Namespace} --base-image-substitutions {string.Join(" ", TestEngineProvisioner.BaseImageSubstitutions)}");
        Assert.True(build.Exit == 0, build.Output);
        Assert.NotNull(await engine.Engine.InspectImageAsync($"{Namespace}/example-lab/research-project:amd64-cpu-run-latest-root", CancellationToken.None));
    }

    /// <summary>The run line of the test job in the committed workflow.</summary>
    private static string TestJobCommand()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepositoryFolder.Combine(ContainersWorkflow.RelativePath))));
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["jobs"])[ContainersWorkflow.TestJobId])["steps"];
        var test = steps.Children.Cast<YamlMappingNode>().Single(s => ((YamlScalarNode)s["name"]).Value == "Test");
        return ((YamlScalarNode)test["run"]).Value!;
    }

    /// <summary>
    /// <paramref name="command"/> in a login shell of the user, in the clone, with the dotnet on this PATH (as
    /// actions/setup-dotnet puts it on the runner's) and this machine's NuGet package folder for the dependencies.
    /// </summary>
    private Task<(int Exit, string Output)> AsUserAsync(string command)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return RunAsync("runuser", "-u", _user, "--", "env", $"PATH={path}", $"NUGET_PACKAGES={packages}", "bash", "-c", $"cd '{_clone}' && {command}");
    }

    private static async Task MustAsync(string program, params string[] arguments)
    {
        var (exit, output) = await RunAsync(program, arguments);
        Assert.True(exit == 0, $"{program} {string.Join(' ', arguments)}: {output}");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync(program, arguments, "/", new Dictionary<string, string>(), TextWriter.Synchronized(output), CancellationToken.None);
        return (exit, output.ToString());
    }
}
