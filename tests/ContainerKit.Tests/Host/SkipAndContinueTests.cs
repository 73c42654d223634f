namespace ContainerKit.Tests.Host;

public sealed class SkipAndContinueTests
{
    [Fact]
    public async Task Skip_with_names_skips_those_targets_only()
    {
        var build = new OrderingBuild();

        var run = await HostRun.StartAsync(build, ["Test", "--skip", "Restore"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Compile", "Test"], build.Executed);
        Assert.Equal("Skipped", run.SummaryRow("Restore")[1]);
    }

    [Fact]
    public async Task Skip_without_names_runs_only_the_requested_targets()
    {
        var build = new OrderingBuild();

        await HostRun.StartAsync(build, ["Test", "--skip"]);

        Assert.Equal(["Test"], build.Executed);
    }

    [Fact]
    public async Task Skip_of_an_unknown_target_is_a_usage_error_with_a_suggestion()
    {
        var run = await HostRun.StartAsync(new OrderingBuild(), ["Test", "--skip", "Restor"]);

        run.AssertUsageError("Unknown target 'Restor'. Did you mean 'Restore'?");
    }

    [Fact]
    public async Task A_failure_stops_the_build_and_marks_the_rest_not_run()
    {
        var build = new FailingBuild();

        var run = await HostRun.StartAsync(build, ["Broken", "Independent"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Setup"], build.Executed);
        Assert.Contains("error: target Broken failed: the disk is full", run.Output);
        Assert.Equal("Failed", run.SummaryRow("Broken")[1]);
        Assert.Equal("NotRun", run.SummaryRow("Independent")[1]);
    }

    [Fact]
    public async Task Continue_runs_the_targets_that_do_not_depend_on_the_failed_one()
    {
        var build = new FailingBuild();

        var run = await HostRun.StartAsync(build, ["Broken", "Independent", "--continue"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Setup", "Independent"], build.Executed);
    }

    [Fact]
    public async Task Continue_does_not_run_dependents_of_the_failed_target()
    {
        var build = new FailingBuild();

        var run = await HostRun.StartAsync(build, ["Dependent", "--continue"]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("Dependent", build.Executed);
        Assert.Equal("NotRun", run.SummaryRow("Dependent")[1]);
    }

    [Fact]
    public async Task A_triggered_target_does_not_run_when_its_trigger_failed()
    {
        var build = new FailingBuild();

        var run = await HostRun.StartAsync(build, ["Broken", "--continue"]);

        Assert.DoesNotContain("Cleanup", build.Executed);
        Assert.Equal("NotRun", run.SummaryRow("Cleanup")[1]);
    }

    [Fact]
    public async Task ProceedAfterFailure_lets_the_build_go_on_after_that_target_fails()
    {
        var build = new FailingBuild();

        var run = await HostRun.StartAsync(build, ["Tolerant", "Independent"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Independent"], build.Executed);
        Assert.Equal("Failed", run.SummaryRow("Tolerant")[1]);
    }
}
