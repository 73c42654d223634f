namespace ContainerKit.Tests.Host;

public sealed class SummaryAndExitCodeTests
{
    [Fact]
    public async Task The_summary_lists_every_planned_target_with_status_and_duration_and_a_total()
    {
        var run = await HostRun.StartAsync(new FailingBuild(), ["Broken", "Independent", "--skip", "Setup"]);

        Assert.Matches(@"\nTarget +Status +Duration\n", run.Output);
        Assert.Equal(["Setup", "Skipped", "-"], run.SummaryRow("Setup"));
        Assert.Equal("Failed", run.SummaryRow("Broken")[1]);
        Assert.Matches(@"^\d+:\d\d\.\d\d$", run.SummaryRow("Broken")[2]);
        Assert.Equal(["Cleanup", "NotRun", "-"], run.SummaryRow("Cleanup"));
        Assert.Equal(["Independent", "NotRun", "-"], run.SummaryRow("Independent"));
        Assert.Matches(@"^\d+:\d\d\.\d\d$", run.SummaryRow("Total")[1]);
    }

    [Fact]
    public async Task A_successful_build_exits_0_with_every_target_succeeded()
    {
        var run = await HostRun.StartAsync(new OrderingBuild(), ["Compile"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Succeeded", run.SummaryRow("Restore")[1]);
        Assert.Equal("Succeeded", run.SummaryRow("Compile")[1]);
    }

    [Fact]
    public async Task Each_target_is_announced_unless_quiet()
    {
        var normal = await HostRun.StartAsync(new OrderingBuild(), ["Restore"]);
        var quiet = await HostRun.StartAsync(new OrderingBuild(), ["Restore", "--verbosity", "quiet"]);

        Assert.Contains("==> Restore\n", normal.Output);
        Assert.DoesNotContain("==> Restore", quiet.Output);
    }

    [Fact]
    public async Task A_failed_target_makes_the_exit_code_1()
    {
        var run = await HostRun.StartAsync(new FailingBuild(), ["Tolerant"]);

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_target_can_choose_the_exit_code()
    {
        var run = await HostRun.StartAsync(new FailingBuild(), ["ExitThree"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error: target ExitThree: the command exited with 3", run.Output);
    }

    [Fact]
    public async Task A_cancelled_build_runs_nothing_and_exits_130()
    {
        var build = new OrderingBuild();

        var run = await HostRun.StartAsync(build, ["Compile"], cancellationToken: new CancellationToken(canceled: true));

        Assert.Equal(130, run.ExitCode);
        Assert.Empty(build.Executed);
        Assert.Equal(["Compile", "NotRun", "-"], run.SummaryRow("Compile"));
    }

    [Theory]
    [InlineData("Long")]
    [InlineData("Stream")]
    public async Task Ctrl_C_during_a_target_marks_it_Cancelled_leaves_the_rest_and_exits_130(string target)
    {
        var build = new CancellableBuild();
        using var cancellation = new CancellationTokenSource();

        var running = HostRun.StartAsync(build, [target, "Later"], cancellationToken: cancellation.Token);
        await build.Started.Task;
        await cancellation.CancelAsync();
        var run = await running;

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("Cancelled", run.SummaryRow(target)[1]);
        Assert.Equal(["Later", "NotRun", "-"], run.SummaryRow("Later"));
        Assert.Contains($"error: target {target}: cancelled (Ctrl-C) after", run.Output);
        Assert.DoesNotContain("Failed", run.Output);
        Assert.Empty(build.Executed);
    }
}
