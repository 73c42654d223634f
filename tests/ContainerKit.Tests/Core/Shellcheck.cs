using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;

namespace ContainerKit.Tests.Core;

/// <summary>Runs Debian's shellcheck (all severities) on scripts in a folder; a missing shellcheck fails the test.</summary>
internal static class Shellcheck
{
    /// <summary>Fails the test when shellcheck is not installed: the tests never skip for lack of it.</summary>
    public static void RequireInstalled() =>
        Assert.True(HostProbe.ProgramExists("shellcheck"),
            "shellcheck is not installed: `./build.sh UnitTest` installs it (UnitTestTools, root on Debian), or `apt-get install shellcheck`.");

    /// <summary>Checks <paramref name="scripts"/> (paths relative to <paramref name="folder"/>) as <paramref name="shell"/> scripts in one call.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, string shell, IReadOnlyList<string> scripts)
    {
        RequireInstalled();
        using var output = new StringWriter();
        var exitCode = await ProcessRunner.RunAsync("shellcheck", [$"--shell={shell}", "--severity=style", "--format=gcc", "--norc", .. scripts],
            folder, new Dictionary<string, string>(), output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
