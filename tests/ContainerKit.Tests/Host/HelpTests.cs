namespace ContainerKit.Tests.Host;

public sealed class HelpTests
{
    [Fact]
    public async Task Help_lists_targets_with_description_and_dependencies_and_marks_the_default()
    {
        var build = new OrderingBuild();

        var run = await HostRun.StartAsync(build, ["--help"], defaultTargets: ["Test"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(build.Executed);
        Assert.Matches(@"\n  Compile +Compile the code \[depends on: Restore\]\n", run.Output);
        Assert.Matches(@"\n  Test \(default\) +Run the tests \[depends on: Compile\]\n", run.Output);
        Assert.Matches(@"\n  Restore +Restore packages\n", run.Output);
    }

    [Fact]
    public async Task Help_says_that_only_prefixed_environment_variables_are_parameters_and_what_continue_does()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["--help"]);

        Assert.Contains("the environment variable CONTAINERKIT_<NAME>", run.Output);
        Assert.Contains("an unprefixed ENVIRONMENT is ignored", run.Output);
        Assert.Contains("  --continue  after a failure, run the remaining targets and every matrix entry", run.Output);
    }

    [Fact]
    public async Task Help_hides_unlisted_targets()
    {
        var run = await HostRun.StartAsync(new OrderingBuild(), ["-h"]);

        Assert.Contains("  Publish", run.Output);
        Assert.DoesNotContain("Secretive", run.Output);
    }

    [Fact]
    public async Task Help_lists_each_parameter_with_type_description_and_where_its_value_came_from()
    {
        using var root = ParameterSourceTests.RootWithParameters("""{ "flavor": "strawberry" }""");

        var run = await HostRun.StartAsync(new ParameterBuild(), ["--help", "--copies", "5"], ParameterSourceTests.Env("CONTAINERKIT_RELEASE_NAME", "v3"), root.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  --copies <int>\n      How many copies\n      value: 5 (from the command line)\n", run.Output);
        Assert.Contains("  --release-name <string>\n      Name of the release\n      value: v3 (from environment variable CONTAINERKIT_RELEASE_NAME)\n", run.Output);
        Assert.Contains("  --flavor <vanilla|chocolate|strawberry>\n      Ice cream flavor\n      value: strawberry (from .nuke/parameters.json)\n", run.Output);
        Assert.Contains("  --labels <string[]>\n      Labels to add\n      value: (not set)\n", run.Output);
        Assert.Contains("  --force <bool>\n      Overwrite what exists\n      value: false (default)\n", run.Output);
    }

    [Fact]
    public async Task Help_masks_secret_values()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["--help", "--password", "hunter2"]);

        Assert.Contains("  --password <string> (secret)\n      Password of the registry\n      value: *** (from the command line)\n", run.Output);
        Assert.DoesNotContain("hunter2", run.Output);
    }

    [Fact]
    public async Task Help_shows_a_bare_bool_flag_as_true()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["--help", "--force"]);

        Assert.Contains("  --force <bool>\n      Overwrite what exists\n      value: true (from the command line)\n", run.Output);
    }
}
