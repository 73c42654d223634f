using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// <c>pwsh build.ps1</c> in front of the real build host, in a scratch copy of this repository (build/, src/, the
/// props files) that carries the already compiled build (.nuke/temp/build-bin) and a fresh stamp: the bootstrap
/// runs it without compiling, and never touches the build that runs the tests.
/// </summary>
public sealed class RealBuildBootstrapTests(PowerShellFixture powerShell) : IClassFixture<PowerShellFixture>, IDisposable
{
    private readonly BootstrapScratch _scratch = new();

    [Fact]
    public async Task Help_lists_the_targets()
    {
        var run = await PwshAsync("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var target in new[] { "Render", "BuildGeneric", "Run", "IntegrationTest" })
        {
            Assert.Matches($"(?m)^  {target} ", run.Stdout);
        }
    }

    [Fact]
    public async Task An_unknown_target_exits_2_with_a_suggestion()
    {
        var run = await PwshAsync("BuildGenric");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Unknown target 'BuildGenric'. Did you mean 'BuildGeneric'?", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_argument_with_spaces_reaches_the_host_as_one_argument()
    {
        var run = await PwshAsync("Build Generic");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Unknown target 'Build Generic'.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_target_exits_1()
    {
        // Env cannot write .env when a folder of that name is in the way.
        Directory.CreateDirectory(_scratch.Combine(".env"));

        var run = await PwshAsync("Env", "--user", "ck", "--grp", "ck", "--usrid", "1000", "--grpid", "1000");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"Env\s+Failed", run.Stdout + run.Stderr);
    }

    private async Task<ScriptRun> PwshAsync(params string[] arguments)
    {
        var pwsh = powerShell.Require();
        Prepare();
        var run = await _scratch.RunAsync(pwsh, ["-NoLogo", "-NoProfile", "-NonInteractive", "-File", _scratch.Combine("build.ps1"), .. arguments]);
        Assert.False(run.Compiled, run.ToString());
        return run;
    }

    private void Prepare()
    {
        var buildBin = RepositoryFolder.Combine(".nuke/temp/build-bin");
        Assert.True(File.Exists(Path.Combine(buildBin, "_build.dll")), "the compiled build is missing: run ./build.sh (it compiles it) before the tests");
        _scratch.CopyFromRepository("build.sh", "build.ps1", "global.json", "Directory.Build.props", "Directory.Packages.props",
            ".nuke/parameters.json", "build", "src", ".nuke/temp/build-bin", ".nuke/temp/build.stamp");
        // Newer than every copied input: the bootstrap's timestamp check passes and it runs the copied build.
        File.SetLastWriteTimeUtc(_scratch.Combine(".nuke/temp/build.stamp"), DateTime.UtcNow.AddSeconds(5));
    }

    public void Dispose() => _scratch.Dispose();
}
