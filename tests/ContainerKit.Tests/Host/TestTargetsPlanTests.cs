namespace ContainerKit.Tests.Host;

public sealed class TestTargetsPlanTests
{
    [Fact]
    public async Task UnitTest_installs_the_unit_test_tools_first()
    {
        var run = await HostRun.StartAsync(new ContainerKitTargetsBuild(), ["UnitTest", "--plan"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Plan for UnitTest:", "   1. UnitTestTools", "   2. UnitTest"], run.Lines.Where(l => l.Length > 0));
    }

    [Fact]
    public async Task Test_provisions_tools_before_the_unit_tests_and_the_engine_the_cluster_and_pwsh_before_the_integration_tests()
    {
        var run = await HostRun.StartAsync(new ContainerKitTargetsBuild(), ["Test", "--plan"]);

        Assert.Equal(
            ["Plan for Test:", "   1. UnitTestTools", "   2. UnitTest", "   3. TestEngine", "   4. TestCluster", "   5. IntegrationTestTools", "   6. IntegrationTest", "   7. Test"],
            run.Lines.Where(l => l.Length > 0));
    }

    [Theory]
    [InlineData(new[] { "UnitTest", "--plan" }, "false")]
    [InlineData(new[] { "UnitTest", "--plan", "--accept-snapshots" }, "true")]
    public async Task The_test_process_accepts_new_snapshots_only_with_accept_snapshots(string[] arguments, string accepted)
    {
        var build = new ContainerKitTargetsBuild();

        await HostRun.StartAsync(build, arguments, new Dictionary<string, string> { ["CI"] = "true" });

        Assert.Equal(
            new Dictionary<string, string> { ["CONTAINERKIT_ACCEPT_SNAPSHOTS"] = accepted, ["CI"] = "true" },
            build.TestProcessEnvironment());
    }
}
