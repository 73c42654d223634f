using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Core;

/// <summary>
/// Every rendered entrypoint script (bash) and shell setup script (POSIX sh) of every snapshot case passes
/// shellcheck, all severities.
/// </summary>
public sealed class EntrypointShellcheckTests
{
    [ShellcheckFact]
    public Task Every_rendered_entrypoint_passes_shellcheck() => ShellcheckAsync("entrypoints/", ".sh", "bash");

    [ShellcheckFact]
    public Task Every_rendered_shell_setup_script_passes_shellcheck() => ShellcheckAsync("shell/", ".sh", "sh");

    private static async Task ShellcheckAsync(string folderPrefix, string extension, string shell)
    {
        Assert.True(HostProbe.ProgramExists("shellcheck"), "shellcheck is not installed; under CI=true it must be: `./build.sh UnitTest` installs it (apt-get install shellcheck).");
        using var folder = new TempFolder();
        var scripts = RenderSnapshotTests.CaseNames
            .SelectMany(name => RenderSnapshotTests.Render(name).Files
                .Where(f => f.RelativePath.StartsWith(folderPrefix, StringComparison.Ordinal) && f.RelativePath.EndsWith(extension, StringComparison.Ordinal))
                .Select(f => folder.Write($"{name}/{f.RelativePath}", f.Content)))
            .Select(path => Path.GetRelativePath(folder.Path, path))
            .ToList();
        Assert.NotEmpty(scripts);

        using var output = new StringWriter();
        var exitCode = await ProcessRunner.RunAsync("shellcheck", [$"--shell={shell}", "--severity=style", "--format=gcc", "--norc", .. scripts],
            folder.Path, new Dictionary<string, string>(), output, CancellationToken.None);

        Assert.True(exitCode == 0, $"shellcheck exited with {exitCode} on {scripts.Count} rendered {folderPrefix} scripts:\n{output}");
    }
}
