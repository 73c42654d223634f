using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Core;

/// <summary>
/// Every rendered entrypoint script (bash) and shell setup script (POSIX sh) of every snapshot case passes
/// shellcheck, all severities.
/// </summary>
public sealed class EntrypointShellcheckTests
{
    [Fact]
    public Task Every_rendered_entrypoint_passes_shellcheck() => ShellcheckAsync("entrypoints/", ".sh", "bash");

    [Fact]
    public Task Every_rendered_shell_setup_script_passes_shellcheck() => ShellcheckAsync("shell/", ".sh", "sh");

    private static async Task ShellcheckAsync(string folderPrefix, string extension, string shell)
    {
        using var folder = new TempFolder();
        var scripts = RenderSnapshotTests.CaseNames
            .SelectMany(name => RenderSnapshotTests.Render(name).Files
                .Where(f => f.RelativePath.StartsWith(folderPrefix, StringComparison.Ordinal) && f.RelativePath.EndsWith(extension, StringComparison.Ordinal))
                .Select(f => folder.Write($"{name}/{f.RelativePath}", f.Content)))
            .Select(path => Path.GetRelativePath(folder.Path, path))
            .ToList();
        Assert.NotEmpty(scripts);

        var (exitCode, output) = await Shellcheck.RunAsync(folder.Path, shell, scripts);

        Assert.True(exitCode == 0, $"shellcheck exited with {exitCode} on {scripts.Count} rendered {folderPrefix} scripts:\n{output}");
    }
}
