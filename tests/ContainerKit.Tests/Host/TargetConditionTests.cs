namespace ContainerKit.Tests.Host;

public sealed class TargetConditionTests
{
    [Fact]
    public async Task A_false_static_condition_skips_the_target_but_not_its_dependents()
    {
        var build = new ParameterBuild();

        var run = await HostRun.StartAsync(build, ["AfterOverwrite"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["AfterOverwrite"], build.Executed);
        Assert.Equal("Skipped", run.SummaryRow("Overwrite")[1]);
    }

    [Fact]
    public async Task A_static_condition_sees_the_parameter_values()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["AfterOverwrite", "--force"]);

        Assert.Equal(["Overwrite", "AfterOverwrite"], build.Executed);
    }

    [Fact]
    public async Task An_unmet_requirement_exits_2_naming_the_parameter_and_its_sources_before_anything_runs()
    {
        var run = await HostRun.StartAsync(new ParameterBuild(), ["Show", "Release"]);

        run.AssertUsageError("Target Release requires parameter --release-name (command line, CONTAINERKIT_RELEASE_NAME, or .nuke/parameters.json).");
    }

    [Fact]
    public async Task A_met_requirement_lets_the_target_run()
    {
        var build = new ParameterBuild();

        var run = await HostRun.StartAsync(build, ["Release"], new Dictionary<string, string> { ["CONTAINERKIT_RELEASE_NAME"] = "v1" });

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Release"], build.Executed);
    }

    [Fact]
    public async Task Requirements_of_a_skipped_target_are_not_checked()
    {
        var build = new ParameterBuild();

        var run = await HostRun.StartAsync(build, ["GuardedRelease"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Skipped", run.SummaryRow("GuardedRelease")[1]);
    }
}
