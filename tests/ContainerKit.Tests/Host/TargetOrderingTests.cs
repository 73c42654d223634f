namespace ContainerKit.Tests.Host;

public sealed class TargetOrderingTests
{
    [Fact]
    public async Task Dependencies_run_first_and_only_once()
    {
        var build = new OrderingBuild();

        var run = await HostRun.StartAsync(build, ["Test", "Compile"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore", "Compile", "Test"], build.Executed);
    }

    [Fact]
    public async Task Before_puts_the_target_ahead_of_the_named_one_when_both_run()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["Compile", "Lint"]);

        Assert.Equal(["Restore", "Lint", "Compile"], build.Executed);
    }

    [Fact]
    public async Task Before_does_not_add_the_named_target()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["Lint"]);

        Assert.Equal(["Lint"], build.Executed);
    }

    [Fact]
    public async Task After_puts_the_target_behind_the_named_one_when_both_run()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["Pack", "Test"]);

        Assert.Equal(["Restore", "Compile", "Test", "Pack", "Publish"], build.Executed);
    }

    [Fact]
    public async Task After_does_not_add_the_named_target()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["Pack"]);

        Assert.DoesNotContain("Test", build.Executed);
    }

    [Fact]
    public async Task Triggers_runs_the_triggered_target_after_the_trigger()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["Pack"]);

        Assert.Equal(["Restore", "Compile", "Pack", "Publish"], build.Executed);
    }

    [Fact]
    public async Task Target_names_are_case_insensitive()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["compile"]);

        Assert.Equal(["Restore", "Compile"], build.Executed);
    }

    [Fact]
    public async Task Default_targets_run_when_none_is_named()
    {
        var build = new OrderingBuild();

        var run = await HostRun.StartAsync(build, [], defaultTargets: ["Compile"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore", "Compile"], build.Executed);
    }

    [Fact]
    public async Task Unlisted_targets_still_run_when_named()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["Secretive"]);

        Assert.Equal(["Secretive"], build.Executed);
    }

    [Fact]
    public async Task Several_actions_run_in_order_whether_sync_or_async()
    {
        var build = new ActionsBuild();

        var run = await HostRun.StartAsync(build, ["Steps"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["sync", "async", "async with token", "sync again"], build.Executed);
    }
}
