using System.Diagnostics;
using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// A throw-away copy of (parts of) this repository in a temporary folder, for running the real bootstrap scripts
/// (build.sh, build.ps1) without ever recompiling the build that runs the tests.
/// </summary>
public sealed class BootstrapScratch : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>The scratch root.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("ck-bootstrap-").FullName;

    /// <summary><paramref name="relative"/> below <see cref="Root"/>.</summary>
    public string Combine(string relative) => Path.Combine(Root, relative);

    /// <summary>Copies files or folders of the repository (bin/ and obj/ left out) to the same relative paths.</summary>
    public void CopyFromRepository(params string[] relativePaths)
    {
        foreach (var relative in relativePaths) Copy(RepositoryFolder.Combine(relative), Combine(relative));
    }

    /// <summary>
    /// A build project that is a tiny console program (two small MSBuild runs per test instead of a build of src/):
    /// the repository's _build.csproj without its reference to src/, with <paramref name="program"/> as Build.cs.
    /// </summary>
    public void WriteTinyBuild(string program)
    {
        CopyFromRepository("build.sh", "build.ps1", "global.json", "Directory.Build.props", "Directory.Packages.props");
        Write("build/_build.csproj", File.ReadAllText(RepositoryFolder.Combine("build/_build.csproj"))
            .Replace("""<ProjectReference Include="../src/ContainerKit.Targets/ContainerKit.Targets.csproj" />""", "", StringComparison.Ordinal));
        Write("build/Build.cs", program);
        Directory.CreateDirectory(Combine("src"));
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/>, creating folders.</summary>
    public void Write(string relative, string text)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// Runs <paramref name="program"/> in <see cref="Root"/> with stdout and stderr kept apart; an environment value
    /// of null removes the variable. Fails the test when it has not ended within five minutes.
    /// </summary>
    public async Task<ScriptRun> RunAsync(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not end within {Limit.TotalMinutes} minutes");
        }
        return new ScriptRun(process.ExitCode, await stdout, await stderr);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            return;
        }
        Directory.CreateDirectory(target);
        foreach (var entry in Directory.EnumerateFileSystemEntries(source))
        {
            var name = Path.GetFileName(entry);
            if (name is "bin" or "obj" && Directory.Exists(entry)) continue;
            Copy(entry, Path.Combine(target, name));
        }
    }
}
