using System.ComponentModel;
using ContainerKit.Docker.Processes;

namespace ContainerKit.Docker.Kubernetes;

/// <summary>
/// Runs the Run:ai CLI (<c>runai submit ...</c>, <c>runai list jobs</c>, <c>runai delete job</c>) when it is installed;
/// when it is not, a CK3132 diagnostic says so and where the rendered command is.
/// </summary>
/// <param name="program">The CLI: <c>runai</c> (looked up on PATH) or a path.</param>
public sealed class RunaiCli(string program = "runai")
{
    /// <summary>
    /// Runs the CLI with <paramref name="arguments"/> (the words after <c>runai</c>) in <paramref name="workingDirectory"/>,
    /// copying its output to <paramref name="output"/>; CK3132 when it is not installed, CK3133 when it exits non-zero.
    /// </summary>
    /// <param name="arguments">The arguments.</param>
    /// <param name="renderedFile">The rendered script holding the same command, named in the diagnostics.</param>
    /// <param name="workingDirectory">Where it runs (the project).</param>
    /// <param name="output">Receives the CLI's stdout and stderr.</param>
    /// <param name="cancellationToken">Kills the CLI.</param>
    public async Task RunAsync(IReadOnlyList<string> arguments, string renderedFile, string workingDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var command = arguments.Count == 0 ? "runai" : $"runai {arguments[0]}";
        int exitCode;
        try
        {
            exitCode = await ProcessRunner.RunAsync(program, arguments, workingDirectory, new Dictionary<string, string>(), output, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception)
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.RunaiMissingId, command,
                "the Run:ai CLI (runai) is not installed on this machine", program,
                $"install the Run:ai CLI and log in (runai login), or run the rendered command yourself: {renderedFile}");
        }
        if (exitCode != 0)
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.RunaiFailedId, command, $"runai exited with code {exitCode}", renderedFile,
                "see runai's output above (runai login, the project, the cluster's policies)");
        }
    }
}
