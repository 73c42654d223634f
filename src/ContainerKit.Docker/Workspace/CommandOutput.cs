using ContainerKit.Docker.Processes;

namespace ContainerKit.Docker.Workspace;

/// <summary>Runs a short host command and returns its trimmed output, or null when it fails or is missing.</summary>
internal static class CommandOutput
{
    public static async Task<string?> ReadAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        try
        {
            var exit = await ProcessRunner.RunAsync(program, arguments, workingDirectory, new Dictionary<string, string>(), output, cancellationToken).ConfigureAwait(false);
            return exit == 0 ? output.ToString().Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
