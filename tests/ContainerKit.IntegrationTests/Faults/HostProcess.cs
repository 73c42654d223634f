using System.Diagnostics;
using System.Text;
using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// The real build host (<c>.nuke/temp/build-bin/_build.dll</c>, which <c>./build.sh</c> compiles before it runs the
/// tests) as a child process, so a test can send it SIGINT as Ctrl-C would and read its exit code and output.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    /// <summary>The compiled build host.</summary>
    public static string BuildDll { get; } = RepositoryFolder.Combine(".nuke/temp/build-bin/_build.dll");

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Its process id.</summary>
    public int Id => _process.Id;

    /// <summary>Everything it printed so far (stdout and stderr, in arrival order).</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>
    /// A file of build/ or src/ newer than build.sh's content stamp (written or touched whenever it compiled, or found
    /// the inputs unchanged), or null. The host is published ReadyToRun (Release), so its assemblies never equal the tests'.
    /// </summary>
    private static string? SourceNewerThanStamp()
    {
        var stamp = File.GetLastWriteTimeUtc(RepositoryFolder.Combine(".nuke/temp/build.stamp"));
        // As build.sh's stamp: bin/ and obj/ and the definition folders (compiled at run time) are no inputs.
        static bool IsInput(string path) => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")
            && !path.StartsWith(Path.Combine("build", "Environments"), StringComparison.Ordinal) && !path.StartsWith(Path.Combine("build", "Clusters"), StringComparison.Ordinal);
        return new[] { "build", "src" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFolder.Combine(folder), "*", SearchOption.AllDirectories))
            .FirstOrDefault(path => IsInput(Path.GetRelativePath(RepositoryFolder.Root, path)) && File.GetLastWriteTimeUtc(path) > stamp);
    }

    /// <summary><c>dotnet _build.dll <paramref name="arguments"/></c>: the command line of the compiled build host, checked current.</summary>
    public static IReadOnlyList<string> Command(IEnumerable<string> arguments)
    {
        RequireCurrentBuild();
        return [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", BuildDll, .. arguments];
    }

    /// <summary>Fails the test when the compiled build host is missing or older than the sources of these tests.</summary>
    private static void RequireCurrentBuild()
    {
        Assert.True(File.Exists(BuildDll), $"{BuildDll} is missing: run ./build.sh (it compiles the build host) before the tests");
        var stale = SourceNewerThanStamp();
        Assert.True(stale is null, $"{stale} changed after ./build.sh last compiled the build host: run ./build.sh (it recompiles it) before the tests");
    }

    /// <summary>Starts <c>dotnet _build.dll <paramref name="arguments"/></c> with DOCKER_HOST set to <paramref name="dockerHost"/>.</summary>
    public static HostProcess Start(string dockerHost, IReadOnlyList<string> arguments)
    {
        // Through env, which restores SIGINT's default disposition and execs (same pid): a process started in the
        // background by a non-interactive shell inherits SIGINT ignored, and .NET then never sees Ctrl-C.
        var start = new ProcessStartInfo("env")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add("--default-signal=INT");
        foreach (var argument in Command(arguments)) start.ArgumentList.Add(argument);
        start.Environment["DOCKER_HOST"] = dockerHost;
        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the build host");
        process.StandardInput.Close();
        return new HostProcess(process);
    }

    /// <summary>Sends SIGINT, what Ctrl-C in a terminal sends.</summary>
    public void Interrupt() => Assert.True(ChildProcesses.Signal(Id, ChildProcesses.SigInt), "the build host had already ended");

    /// <summary>Waits for the exit; kills it and fails when it has not ended within <paramref name="limit"/>.</summary>
    public async Task<int> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            Assert.Fail($"the build host did not end within {limit.TotalSeconds} s; its output:\n{Output}");
        }
        _process.WaitForExit(); // the output readers have drained
        return _process.ExitCode;
    }

    /// <summary>Waits until its output contains <paramref name="text"/>; false when it ended or the limit passed first.</summary>
    public Task<bool> WaitForOutputAsync(string text, TimeSpan limit) =>
        ChildProcesses.WaitUntilAsync(() => Output.Contains(text, StringComparison.Ordinal) || _process.HasExited, limit)
            .ContinueWith(_ => Output.Contains(text, StringComparison.Ordinal), TaskScheduler.Default);

    /// <summary>True once it ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
