using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>Stdout carries only a target's product (and --help/--plan); headers, messages and the summary go to the log (stderr).</summary>
public sealed class OutputStreamsTests
{
    [Fact]
    public async Task A_targets_product_goes_to_stdout_and_everything_else_to_the_log()
    {
        var (exit, stdout, log) = await RunAsync(new ProductBuild(), ["Emit"]);

        Assert.Equal(0, exit);
        Assert.Equal("the product\n", stdout);
        Assert.Contains("==> Emit\nmessage from Emit\n", log, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Emit\s+Succeeded", log);
        Assert.DoesNotContain("the product", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_and_plan_go_to_stdout()
    {
        var help = await RunAsync(new ProductBuild(), ["--help"]);
        var plan = await RunAsync(new ProductBuild(), ["Emit", "--plan"]);

        Assert.StartsWith("Usage: ./build.sh", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("Emit", plan.Stdout, StringComparison.Ordinal);
        Assert.Equal("", help.Log + plan.Log);
    }

    [Fact]
    public async Task A_usage_error_goes_to_the_log()
    {
        var (exit, stdout, log) = await RunAsync(new ProductBuild(), ["Emitt"]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: Unknown target 'Emitt'.", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_stopped_by_a_cancellation_is_cancelled_in_the_summary()
    {
        var build = new ProductBuild();
        using var cancellation = new CancellationTokenSource();

        var run = RunAsync(build, ["Wait"], cancellation.Token);
        await build.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();
        var (exit, _, log) = await run;

        Assert.Equal(130, exit);
        Assert.Matches(@"(?m)^Emit\s+Succeeded", log);
        Assert.Matches(@"(?m)^Wait\s+Cancelled", log);
    }

    private static async Task<(int Exit, string Stdout, string Log)> RunAsync(NukeBuild build, string[] arguments, CancellationToken cancellationToken = default)
    {
        using var root = new Scripting.TempFolder();
        var stdout = new StringWriter();
        var log = new StringWriter();
        var exit = await BuildHost.RunAsync(build, new HostContext(arguments, new Dictionary<string, string>(), log, root.Path,
            CancellationToken: cancellationToken, StandardOutput: stdout), []);
        return (exit, stdout.ToString(), log.ToString());
    }
}
