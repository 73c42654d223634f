namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// build.sh and <c>pwsh build.ps1</c> keep one content stamp (.nuke/temp/build.stamp, the same hash): whichever
/// compiled, the other runs the compiled build; a touched but unchanged input is hashed by either and not
/// recompiled; a changed one is recompiled by whichever runs first, once.
/// </summary>
public sealed class SharedStampTests(PowerShellFixture powerShell) : IClassFixture<PowerShellFixture>, IDisposable
{
    private readonly BootstrapScratch _scratch = new();

    [Fact]
    public async Task The_two_bootstraps_never_recompile_for_each_other()
    {
        _scratch.WriteTinyBuild("System.Console.WriteLine(\"build one\");\n");

        await ExpectAsync(BuildShAsync, compiles: true, "build one");
        await ExpectAsync(PwshAsync, compiles: false, "build one");

        // Touched, same bytes: the timestamp check fails, the hashes agree, and the stamp's time is refreshed.
        Touch("build/Build.cs");
        await ExpectAsync(PwshAsync, compiles: false, "build one");
        Assert.True(File.GetLastWriteTimeUtc(_scratch.Combine(".nuke/temp/build.stamp")) >= File.GetLastWriteTimeUtc(_scratch.Combine("build/Build.cs")));
        Touch("Directory.Build.props");
        await ExpectAsync(BuildShAsync, compiles: false, "build one");

        _scratch.Write("build/Build.cs", "System.Console.WriteLine(\"build two\");\n");
        await ExpectAsync(PwshAsync, compiles: true, "build two");
        await ExpectAsync(BuildShAsync, compiles: false, "build two");

        _scratch.Write("build/Environments/Sample.cs", "// a definition: not a build input\n");
        await ExpectAsync(PwshAsync, compiles: false, "build two");
        await ExpectAsync(BuildShAsync, compiles: false, "build two");

        _scratch.Write("build/Build.cs", "System.Console.WriteLine(\"build three\");\n");
        await ExpectAsync(BuildShAsync, compiles: true, "build three");
        await ExpectAsync(PwshAsync, compiles: false, "build three");
    }

    private static async Task ExpectAsync(Func<Task<ScriptRun>> bootstrap, bool compiles, string output)
    {
        var run = await bootstrap();
        Assert.True(run.ExitCode == 0 && run.Compiled == compiles && run.Stdout == output + "\n", $"expected compiles={compiles}, {output}: {run}");
    }

    private void Touch(string relative)
    {
        var stamp = File.GetLastWriteTimeUtc(_scratch.Combine(".nuke/temp/build.stamp"));
        File.SetLastWriteTimeUtc(_scratch.Combine(relative), stamp.AddSeconds(2));
    }

    private Task<ScriptRun> BuildShAsync() => _scratch.RunAsync("bash", [_scratch.Combine("build.sh")]);

    private Task<ScriptRun> PwshAsync() =>
        _scratch.RunAsync(powerShell.Require(), ["-NoLogo", "-NoProfile", "-NonInteractive", "-File", _scratch.Combine("build.ps1")]);

    public void Dispose() => _scratch.Dispose();
}
