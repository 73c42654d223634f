namespace ContainerKit.Tests.Host;

public sealed class PlanTests
{
    [Fact]
    public async Task Plan_prints_the_execution_order_and_runs_nothing()
    {
        var build = new OrderingBuild();

        var run = await HostRun.StartAsync(build, ["Pack", "Test", "--plan"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(build.Executed);
        Assert.Equal(
            ["Plan for Pack Test:", "   1. Restore", "   2. Compile", "   3. Test", "   4. Pack", "   5. Publish"],
            run.Lines.Where(l => l.Length > 0));
    }

    [Fact]
    public async Task Plan_shows_what_skip_would_skip()
    {
        var run = await HostRun.StartAsync(new OrderingBuild(), ["Test", "--plan", "--skip", "Restore"]);

        Assert.Contains("   1. Restore  (skipped: --skip)\n", run.Output);
        Assert.Contains("   3. Test\n", run.Output);
    }

    [Fact]
    public async Task Plan_shows_targets_whose_condition_is_false_as_skipped()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["AfterOverwrite", "--plan"]);

        Assert.Contains("   1. Overwrite  (skipped: condition is false)\n", run.Output);
    }

    [Fact]
    public async Task Plan_reports_unmet_requirements_without_failing()
    {
        var build = new ParameterBuild();

        var run = await HostRun.StartAsync(build, ["Release", "--plan"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  unmet: Target Release requires parameter --release-name", run.Output);
    }
}
