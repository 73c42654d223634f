using System.Diagnostics;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Processes;
using ContainerKit.Entrypoints;

namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// Runs the commands of one provisioning target (apt-get, debootstrap) with their output in log files under
/// <paramref name="workFolder"/>; failures are CK3007 diagnostics located at <paramref name="location"/>.
/// </summary>
internal sealed class ProvisioningCommands(string workFolder, string location)
{
    /// <summary>
    /// <c>apt-get update</c>, then <c>apt-get install -y --no-install-recommends</c> of <paramref name="packages"/>,
    /// both waiting up to ten minutes for a dpkg/apt lock another installer holds.
    /// </summary>
    public async Task InstallPackagesAsync(IReadOnlyList<string> packages, CancellationToken cancellationToken)
    {
        string[] wait = ["-o", "DPkg::Lock::Timeout=600"];
        await RunLoggedAsync("apt-get-update.log", "apt-get", [.. wait, "update"], cancellationToken).ConfigureAwait(false);
        await RunLoggedAsync("apt-get-install.log", "apt-get", [.. wait, "install", "-y", "--no-install-recommends", .. packages], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="program"/> non-interactively with its output in <paramref name="logName"/>; throws when it fails.</summary>
    public async Task RunLoggedAsync(string logName, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        var log = Path.Combine(workFolder, logName);
        await using var writer = new StreamWriter(log, append: false);
        var exit = await ProcessRunner.RunAsync(program, arguments, workFolder, new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" }, writer, cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            throw Failed($"`{program} {string.Join(" ", arguments)}` exited with {exit}", logName);
        }
    }

    /// <summary>Starts a daemon in its own session so it outlives this build; its output is appended to <paramref name="logName"/>.</summary>
    public void StartDetached(string logName, string program, IReadOnlyList<string> arguments)
    {
        Directory.CreateDirectory(workFolder);
        var log = Path.GetFullPath(Path.Combine(workFolder, logName));
        var command = string.Join(" ", new[] { program }.Concat(arguments).Select(ShellQuoting.Quote)) + $" >> {ShellQuoting.Quote(log)} 2>&1 < /dev/null &";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", command }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw Failed($"cannot start {program}", logName);
        process.WaitForExit();
    }

    /// <summary>Polls <paramref name="ready"/> every half second until it answers true; after <paramref name="limit"/> a CK3007 naming the log.</summary>
    public async Task WaitAsync(Func<CancellationToken, Task<bool>> ready, TimeSpan limit, string what, string logName, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (!await ready(cancellationToken).ConfigureAwait(false))
        {
            if (deadline.Elapsed > limit) throw Failed($"{what} did not answer within {limit.TotalSeconds:0} s", logName);
            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A CK3007 diagnostic pointing at the log file, or at the output above when there is none.</summary>
    public DiagnosticException Failed(string message, string? logName) =>
        EngineDiagnostics.Exception(EngineDiagnostics.ProvisioningFailedId, location, message, null,
            logName is null ? "see the output above" : $"see {Path.Combine(workFolder, logName)}");
}
