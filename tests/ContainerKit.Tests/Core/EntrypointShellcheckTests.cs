using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Core;

/// <summary>Every rendered entrypoint script of every snapshot case passes shellcheck (bash, all severities).</summary>
public sealed class EntrypointShellcheckTests
{
    [ShellcheckFact]
    public async Task Every_rendered_entrypoint_passes_shellcheck()
    {
        Assert.True(HostProbe.ProgramExists("shellcheck"), "shellcheck is not installed; under CI=true it must be: `./build.sh UnitTest` installs it (apt-get install shellcheck).");
        using var folder = new TempFolder();
        var scripts = RenderSnapshotTests.CaseNames
            .SelectMany(name => RenderSnapshotTests.Render(name).Files
                .Where(f => f.RelativePath.StartsWith("entrypoints/", StringComparison.Ordinal))
                .Select(f => folder.Write($"{name}/{f.RelativePath}", f.Content)))
            .Select(path => Path.GetRelativePath(folder.Path, path))
            .ToList();
        Assert.NotEmpty(scripts);

        using var output = new StringWriter();
        var exitCode = await ProcessRunner.RunAsync("shellcheck", ["--shell=bash", "--severity=style", "--format=gcc", "--norc", .. scripts],
            folder.Path, new Dictionary<string, string>(), output, CancellationToken.None);

        Assert.True(exitCode == 0, $"shellcheck exited with {exitCode} on {scripts.Count} rendered entrypoints:\n{output}");
    }
}
