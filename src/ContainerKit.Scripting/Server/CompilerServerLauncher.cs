using System.Diagnostics;

namespace ContainerKit.Scripting.Server;

/// <summary>Starts a <see cref="CompilerServer"/> in the background, detached from the caller's output.</summary>
public static class CompilerServerLauncher
{
    /// <summary>
    /// Runs <paramref name="command"/> (the build process itself, e.g. <c>dotnet _build.dll</c>) with
    /// <c>--definition-compiler-server SOCKET</c>, in the socket's folder, so a long socket path can be
    /// bound relative to it. Its standard streams are pipes this process closes, so the server never holds
    /// the caller's terminal or a pipe someone reads to its end. Failing to start is not an error: the
    /// next run compiles in process again.
    /// </summary>
    public static void Start(IReadOnlyList<string> command, string socketPath)
    {
        var full = Path.GetFullPath(socketPath);
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = Directory.CreateDirectory(Path.GetDirectoryName(full)!).FullName,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1).Append(CompilerServer.Argument).Append(full))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            // No server this time; compiling in process still works.
        }
    }
}
