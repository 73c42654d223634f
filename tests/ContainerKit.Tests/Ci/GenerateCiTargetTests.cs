using ContainerKit.Ci;
using ContainerKit.Definitions;
using ContainerKit.Targets;
using ContainerKit.Targets.Host;
using Environments;

namespace ContainerKit.Tests.Ci;

/// <summary>The GenerateCi target run through the host, and the workflow committed in this repository.</summary>
public sealed class GenerateCiTargetTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ck-generate-ci-").FullName;

    private readonly string _downstream = Directory.CreateTempSubdirectory("ck-generate-ci-downstream-").FullName;

    /// <summary>The temporary root stands for ContainerKit's own repository: it has the marker file.</summary>
    public GenerateCiTargetTests()
    {
        var marker = Path.Combine(_root, ContainerKitBuild.ContainerKitRepositoryMarker);
        Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
        File.WriteAllText(marker, "<Project />");
    }

    private string WorkflowPath => Path.Combine(_root, ContainersWorkflow.RelativePath);

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_downstream, recursive: true);
    }

    [Fact]
    public async Task Writes_the_workflow_then_reports_it_unchanged()
    {
        var (first, firstOutput) = await RunAsync();
        var written = File.GetLastWriteTimeUtc(WorkflowPath);
        var (second, secondOutput) = await RunAsync();

        Assert.Equal(0, first);
        Assert.Contains($"wrote     {ContainersWorkflow.RelativePath}", firstOutput);
        Assert.Equal(WorkflowCases.ExampleWorkflow(), await File.ReadAllTextAsync(WorkflowPath));
        Assert.Equal(0, second);
        Assert.Contains($"unchanged {ContainersWorkflow.RelativePath}", secondOutput);
        Assert.Equal(written, File.GetLastWriteTimeUtc(WorkflowPath));
        Assert.Equal(["containers.yml"], Directory.GetFiles(Path.GetDirectoryName(WorkflowPath)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Honours_the_matrix_selection()
    {
        var (exit, output) = await RunAsync("--platform", "arm64");

        Assert.True(exit == 0, output);
        var jobs = WorkflowCases.Parse(await File.ReadAllTextAsync(WorkflowPath)).Map("jobs");
        Assert.Equal(["test", "publish", "build-conda-research-arm64-cuda", "build-research-arm64-cpu"], jobs.Keys());
    }

    [Fact]
    public async Task A_downstream_repository_without_tests_gets_build_and_image_index_jobs_only()
    {
        var (exit, output) = await RunInAsync(_downstream);

        Assert.True(exit == 0, output);
        var workflow = await File.ReadAllTextAsync(Path.Combine(_downstream, ContainersWorkflow.RelativePath));
        Assert.Equal(ContainersWorkflow.Render(WorkflowCases.ExampleEntries(), new WorkflowSettings()), workflow);
        Assert.All(WorkflowCases.Parse(workflow).Map("jobs").Keys(), id => Assert.Matches("^(build|index)-", id));
        Assert.DoesNotContain("build.sh Test", workflow);
    }

    [Fact]
    public async Task A_downstream_repository_with_tests_gets_a_pytest_job_that_installs_the_project()
    {
        Directory.CreateDirectory(Path.Combine(_downstream, "tests"));
        await File.WriteAllTextAsync(Path.Combine(_downstream, "pyproject.toml"), "[project]\nname = \"x\"\n");

        var (exit, output) = await RunInAsync(_downstream);

        Assert.True(exit == 0, output);
        var test = WorkflowCases.Parse(await File.ReadAllTextAsync(Path.Combine(_downstream, ContainersWorkflow.RelativePath))).Map("jobs").Map("test");
        Assert.Equal("python -m pip install pytest -e . && python -m pytest", test.List("steps")[3].Text("run"));
    }

    [Theory]
    [InlineData("make check", "make check")]
    [InlineData("none", null)]
    public async Task The_test_command_is_configurable(string parameter, string? expected)
    {
        Directory.CreateDirectory(Path.Combine(_downstream, "tests"));

        var (exit, output) = await RunInAsync(_downstream, "--ci-test-command", parameter);

        Assert.True(exit == 0, output);
        var jobs = WorkflowCases.Parse(await File.ReadAllTextAsync(Path.Combine(_downstream, ContainersWorkflow.RelativePath))).Map("jobs");
        Assert.Equal(expected, jobs.Keys().Contains("test") ? jobs.Map("test").List("steps")[3].Text("run") : null);
    }

    [Fact]
    public async Task Parameters_set_branch_registry_and_secret_names()
    {
        var (exit, output) = await RunAsync(
            "--ci-default-branch", "trunk", "--ci-registry", "registry.example.org/lab",
            "--ci-username-secret", "CR_USER", "--ci-password-secret", "CR_TOKEN");

        Assert.True(exit == 0, output);
        var expected = ContainersWorkflow.Render(WorkflowCases.ExampleEntries(), WorkflowCases.SelfSettings with
        {
            DefaultBranch = "trunk", Registry = "registry.example.org/lab", UsernameSecret = "CR_USER", PasswordSecret = "CR_TOKEN",
        });
        Assert.Equal(expected, await File.ReadAllTextAsync(WorkflowPath));
    }

    [Fact]
    public async Task An_unknown_environment_fails_and_writes_nothing()
    {
        var (exit, output) = await RunAsync("--environment", "nonexistent");

        Assert.NotEqual(0, exit);
        Assert.Contains("nonexistent", output);
        Assert.False(File.Exists(WorkflowPath));
    }

    [Fact]
    public async Task Committed_workflow_is_the_one_GenerateCi_writes_for_this_repository()
    {
        var committed = RepositoryFolder.Combine(ContainersWorkflow.RelativePath);

        Assert.True(File.Exists(committed), $"{committed} is missing: run ./build.sh GenerateCi and commit it");
        Assert.True(WorkflowCases.ExampleWorkflow() == await File.ReadAllTextAsync(committed),
            $"{committed} is out of date: run ./build.sh GenerateCi and commit it");
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunInAsync(_root, arguments);

    private static async Task<(int ExitCode, string Output)> RunInAsync(string root, params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await BuildHost.RunAsync(new ExampleBuild(), new HostContext(["GenerateCi", .. arguments], new Dictionary<string, string>(), output, root), []);
        return (exit, output.ToString());
    }

    /// <summary>The repository's build, with the example environments as its definitions.</summary>
    private sealed class ExampleBuild : ContainerKitBuild
    {
        protected override IReadOnlyList<EnvironmentDefinition> LoadEnvironments() => [new ResearchEnvironment(), new CondaResearchEnvironment()];
    }
}
