namespace ContainerKit.Tests.Host;

public sealed class UsageErrorTests
{
    [Fact]
    public async Task An_unknown_target_exits_2_and_suggests_the_closest_name()
    {
        var run = await HostRun.StartAsync(new OrderingBuild(), ["Compil"]);

        run.AssertUsageError("Unknown target 'Compil'. Did you mean 'Compile'? Run with --help to list targets.");
    }

    [Fact]
    public async Task A_dependency_cycle_exits_2_and_prints_the_cycle_path()
    {
        var run = await HostRun.StartAsync(new CyclicBuild(), ["Alpha"]);

        run.AssertUsageError("Target dependency cycle: Alpha -> Beta -> Gamma -> Alpha.");
    }

    [Fact]
    public async Task A_cycle_of_ordering_relations_is_reported_too()
    {
        var run = await HostRun.StartAsync(new OrderCycleBuild(), ["First"]);

        run.AssertUsageError("Target dependency cycle: First -> Second -> First.");
    }

    [Fact]
    public async Task No_target_and_no_default_is_a_usage_error()
    {
        var run = await HostRun.StartAsync(new OrderingBuild(), []);

        run.AssertUsageError("No target given and no default target.");
    }

    [Fact]
    public async Task A_bad_verbosity_is_a_usage_error()
    {
        var run = await HostRun.StartAsync(new OrderingBuild(), ["Restore", "--verbosity", "loud"]);

        run.AssertUsageError("Option --verbosity takes one of: quiet, normal, verbose (got 'loud').");
    }

    [Fact]
    public async Task Targets_after_a_verbosity_value_are_still_targets()
    {
        var build = new OrderingBuild();

        var run = await HostRun.StartAsync(build, ["--verbosity", "quiet", "Restore"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore"], build.Executed);
    }
}
