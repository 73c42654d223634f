using ContainerKit.Docker.Processes;
namespace ContainerKit.Targets.Host.Testing;

/// <summary>
/// Runs <c>dotnet test</c> on one project with a console logger and a TRX logger, then prints
/// <c>Tests: N passed, N failed, N skipped</c> and fails when any failed or none ran.
/// </summary>
/// <param name="rootDirectory">Repository root; results go to <c>artifacts/test-results</c> below it.</param>
/// <param name="output">Where the test output and the counts line go.</param>
public sealed class DotNetTestRunner(string rootDirectory, TextWriter output)
{
    /// <summary>Where the TRX files are written.</summary>
    public string ResultsDirectory => Path.Combine(rootDirectory, "artifacts", "test-results");

    /// <summary>Tests <paramref name="project"/> (relative to the root) and returns the counts; throws when the run failed.</summary>
    public async Task<TestCounts> RunAsync(string project, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(project.TrimEnd('/'));
        var trx = Path.Combine(ResultsDirectory, name + ".trx");
        Directory.CreateDirectory(ResultsDirectory);
        File.Delete(trx);
        string[] arguments =
        [
            "test", project, "--nologo",
            "--logger", "console;verbosity=normal",
            "--logger", $"trx;LogFileName={name}.trx",
            "--results-directory", ResultsDirectory,
        ];
        var exitCode = await ProcessRunner.RunAsync("dotnet", arguments, rootDirectory, environment, output, cancellationToken);
        if (!File.Exists(trx))
        {
            throw new InvalidOperationException($"dotnet test {project} exited with {exitCode} and wrote no results ({trx}); see the output above.");
        }
        var counts = TestCounts.FromTrx(trx);
        output.WriteLine(counts.ToString());
        if (!counts.IsSuccess || exitCode != 0)
        {
            var reason = counts.Failed > 0 ? $"{counts.Failed} failed" : counts.Passed == 0 ? "no test ran" : $"dotnet test exited with {exitCode}";
            throw new InvalidOperationException($"{project}: {reason}.");
        }
        return counts;
    }
}
