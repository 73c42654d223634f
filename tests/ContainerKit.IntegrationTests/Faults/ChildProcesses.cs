using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>Starting, signalling and ending the daemons and hosts the fault tests run as child processes.</summary>
internal static class ChildProcesses
{
    /// <summary>SIGINT, what Ctrl-C sends.</summary>
    public const int SigInt = 2;

    private const int SigKill = 9;
    private const int SigTerm = 15;

    /// <summary>
    /// Starts <paramref name="program"/> with its output appended to <paramref name="log"/> and no input; the
    /// returned process is the program itself (the shell <c>exec</c>s it), so its id is the one to signal.
    /// </summary>
    public static Process StartLogged(string program, IReadOnlyList<string> arguments, string log, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >>\"$CK_LOG\" 2>&1 </dev/null");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CK_LOG"] = log;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
    }

    /// <summary>Sends <paramref name="signal"/> to process <paramref name="pid"/>; false when it is gone.</summary>
    public static bool Signal(int pid, int signal) => Kill(pid, signal) == 0;

    /// <summary>
    /// Ends <paramref name="process"/>: SIGTERM, then SIGKILL when it has not exited within <paramref name="grace"/>;
    /// waits until it is gone.
    /// </summary>
    public static async Task EndAsync(Process process, TimeSpan grace)
    {
        if (process.HasExited) return;
        Signal(process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Signal(process.Id, SigKill);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Ends the process whose id <paramref name="pidFile"/> holds, when it still runs.</summary>
    public static async Task EndByPidFileAsync(string pidFile, TimeSpan grace)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid)) return;
        Process process;
        try
        {
            process = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return;
        }
        using (process) await EndAsync(process, grace);
    }

    /// <summary>True while some process's command line contains <paramref name="marker"/> (read from /proc).</summary>
    public static bool AnyCommandLineContains(string marker)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out _)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Contains(marker, StringComparison.Ordinal)) return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        return false;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling; false when <paramref name="limit"/> passed first.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit) return false;
            await Task.Delay(50);
        }
        return true;
    }

#pragma warning disable SYSLIB1054 // one blittable call; LibraryImport would need unsafe code enabled
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
