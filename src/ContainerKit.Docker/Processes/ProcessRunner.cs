using System.Diagnostics;

namespace ContainerKit.Docker.Processes;

/// <summary>Runs a child process, copying its output line by line to a writer.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> and returns its exit code; its stdout and stderr both go to <paramref name="output"/>; Ctrl-C kills it.</summary>
    public static Task<int> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> extraEnvironment,
        TextWriter output,
        CancellationToken cancellationToken) =>
        RunAsync(fileName, arguments, workingDirectory, extraEnvironment, output, output, cancellationToken);

    /// <summary>Runs <paramref name="fileName"/> and returns its exit code; its stdout goes to <paramref name="standardOutput"/>, its stderr to <paramref name="standardError"/>; Ctrl-C kills it.</summary>
    public static async Task<int> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> extraEnvironment,
        TextWriter standardOutput,
        TextWriter standardError,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in extraEnvironment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var gate = new object();
        DataReceivedEventHandler CopyTo(TextWriter output) => (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    output.WriteLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += CopyTo(standardOutput);
        process.ErrorDataReceived += CopyTo(standardError);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        process.WaitForExit();
        return process.ExitCode;
    }
}
