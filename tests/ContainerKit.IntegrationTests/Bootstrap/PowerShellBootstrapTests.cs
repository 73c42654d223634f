namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// <c>pwsh build.ps1</c> (PowerShell 7, the .NET tool in .nuke/temp/pwsh) on Linux, in a scratch repository whose
/// build is a tiny console program: it compiles once, passes every argument on as given, passes the exit code on,
/// finds dotnet where build.sh does, and prints only the dotnet path in build.cmd's mode.
/// </summary>
public sealed class PowerShellBootstrapTests(TinyBuild build) : IClassFixture<TinyBuild>
{
    [Fact]
    public async Task Arguments_reach_the_build_untouched_and_a_second_run_does_not_recompile()
    {
        Assert.True(build.FirstRun.ExitCode == 0 && build.FirstRun.Compiled, build.FirstRun.ToString());
        string[] arguments = ["Render", "a b", "", "say \"hi\" 'there'", "it's", "--", "-Verbose", "--help", "$HOME", "*", "back\\slash", "x;y|z", "ünï"];

        var run = await build.PwshAsync(arguments);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(run.Compiled, run.ToString());
        Assert.Equal(arguments.Select(a => $"<{a}>"), run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("tiny build ran", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exit_code_of_the_build_is_passed_on()
    {
        var run = await build.PwshAsync(["fail", "with words"]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal("<fail>\n<with words>\n", run.Stdout);
    }

    [Fact]
    public async Task Build_cmds_mode_prints_only_the_dotnet_path()
    {
        var run = await build.PwshAsync(["Render"], new Dictionary<string, string?> { ["CK_BOOTSTRAP_PRINT_DOTNET"] = "1" });

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(File.Exists(line), run.ToString());
        Assert.DoesNotContain("tiny build ran", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dotnet_is_found_in_DOTNET_ROOT_and_in_the_users_dotnet_folder_when_it_is_not_on_PATH()
    {
        var dotnet = RealDotnet();
        var sdkFolder = Path.GetDirectoryName(dotnet)!;
        var cache = build.Scratch.Combine(".nuke/temp/dotnet-path");
        var emptyPath = build.Scratch.Combine("empty-path");
        Directory.CreateDirectory(emptyPath);

        File.Delete(cache);
        var fromRoot = await PwshWithoutDotnetOnPathAsync(dotnet, "root", new() { ["PATH"] = emptyPath, ["DOTNET_ROOT"] = sdkFolder });
        Assert.True(fromRoot.ExitCode == 0, fromRoot.ToString());
        Assert.Equal(Path.Combine(sdkFolder, "dotnet"), File.ReadAllText(cache).Trim());
        Assert.Equal("<root>\n", fromRoot.Stdout);

        var home = build.Scratch.Combine("home");
        Directory.CreateDirectory(home);
        Directory.CreateSymbolicLink(Path.Combine(home, ".dotnet"), sdkFolder);
        File.Delete(cache);
        var fromHome = await PwshWithoutDotnetOnPathAsync(dotnet, "home", new() { ["PATH"] = emptyPath, ["DOTNET_ROOT"] = null, ["HOME"] = home });
        Assert.True(fromHome.ExitCode == 0, fromHome.ToString());
        Assert.Equal(Path.Combine(home, ".dotnet", "dotnet"), File.ReadAllText(cache).Trim());
        Assert.Equal("<home>\n", fromHome.Stdout);
    }

    /// <summary>
    /// pwsh.dll started by the real dotnet's full path: the tool's pwsh launcher itself looks dotnet up on PATH.
    /// </summary>
    private Task<ScriptRun> PwshWithoutDotnetOnPathAsync(string dotnet, string argument, Dictionary<string, string?> environment)
    {
        var pwshDll = Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(build.Pwsh)!, ".store"), "pwsh.dll", SearchOption.AllDirectories)
            .Single(path => path.Contains($"{Path.DirectorySeparatorChar}unix{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return build.Scratch.RunAsync(dotnet, [pwshDll, "-NoLogo", "-NoProfile", "-NonInteractive", "-File", build.Scratch.Combine("build.ps1"), argument], environment);
    }

    /// <summary>The real dotnet executable (links resolved), the one next to sdk/.</summary>
    private static string RealDotnet()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "dotnet")).First(File.Exists);
        return new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
    }
}
