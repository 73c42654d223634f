using System.Diagnostics;
using System.Globalization;
using ContainerKit.Docker.Processes;

namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// Makes sure this machine is a single-node Slurm cluster (Debian's munge, slurmctld and slurmd; no accounting,
/// a job-completion log), the way <see cref="TestEngineProvisioner"/> makes sure of a Docker engine: installs the
/// packages when missing, writes <see cref="SlurmConfiguration.ConfigPath"/> (never over someone else's), and
/// starts munged, slurmctld and slurmd in the background without systemd when they are not running. Idempotent:
/// when the node answers it only probes.
/// </summary>
/// <param name="workFolder">Folder for the apt-get logs and the daemons' console output (e.g. <c>artifacts/test-cluster</c>).</param>
/// <param name="progress">Receives one line per step.</param>
public sealed class SlurmProvisioner(string workFolder, TextWriter progress)
{
    private const string MungeKey = "/etc/munge/munge.key";
    private static readonly TimeSpan DaemonWait = TimeSpan.FromSeconds(60);
    private readonly ProvisioningCommands _commands = new(workFolder, "TestCluster");

    /// <summary>Probes, installs, configures and starts what is missing; returns what it did (empty when the node was ready).</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">CK3007: not root on Debian with something missing, apt-get failed, a foreign slurm.conf, or a daemon that does not come up.</exception>
    public async Task<IReadOnlyList<string>> EnsureAsync(CancellationToken cancellationToken)
    {
        var done = new List<string>();
        var missing = HostProbe.MissingPackages(SlurmPackages.All);
        if (missing.Count > 0)
        {
            RequireRoot($"the Debian packages {string.Join(" ", missing)} are not installed");
            progress.WriteLine($"test cluster: installing {string.Join(" ", missing)}");
            await _commands.InstallPackagesAsync(missing, cancellationToken).ConfigureAwait(false);
            done.Add("installed " + string.Join(" ", missing));
        }
        await EnsureMungeAsync(done, cancellationToken).ConfigureAwait(false);
        var host = await ShortHostNameAsync(cancellationToken).ConfigureAwait(false);
        var reconfigure = WriteConfiguration(host, done);
        await EnsureControllerAsync(reconfigure, done, cancellationToken).ConfigureAwait(false);
        await EnsureNodeAsync(host, done, cancellationToken).ConfigureAwait(false);
        progress.WriteLine(done.Count == 0
            ? $"test cluster: munged, slurmctld and slurmd are running; node {host} is up in partition {SlurmConfiguration.Partition}"
            : "test cluster: " + string.Join("; ", done));
        return done;
    }

    private async Task EnsureMungeAsync(List<string> done, CancellationToken cancellationToken)
    {
        if (await SucceedsAsync("munge", ["-n"], cancellationToken).ConfigureAwait(false)) return;
        RequireRoot("munged is not running");
        if (!File.Exists(MungeKey))
        {
            await _commands.RunLoggedAsync("mungekey.log", "mungekey", ["--create", "--keyfile", MungeKey], cancellationToken).ConfigureAwait(false);
            await _commands.RunLoggedAsync("chown-munge.log", "chown", ["munge:munge", MungeKey], cancellationToken).ConfigureAwait(false);
            done.Add("created the munge key");
        }
        foreach (var folder in new[] { "/run/munge", "/var/log/munge", "/var/lib/munge" })
        {
            Directory.CreateDirectory(folder);
            await _commands.RunLoggedAsync("chown-munge.log", "chown", ["munge:munge", folder], cancellationToken).ConfigureAwait(false);
        }
        _commands.StartDetached("munged.log", "runuser", ["-u", "munge", "--", "munged", "--foreground"]);
        await _commands.WaitAsync(ct => SucceedsAsync("munge", ["-n"], ct), DaemonWait, "munged", "munged.log", cancellationToken).ConfigureAwait(false);
        done.Add("started munged");
    }

    /// <summary>Writes slurm.conf when it differs; true when it changed.</summary>
    private bool WriteConfiguration(string host, List<string> done)
    {
        var text = SlurmConfiguration.Render(host, Environment.ProcessorCount, SchedulableMemoryMebibytes());
        var path = SlurmConfiguration.ConfigPath;
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path);
            if (existing == text) return false;
            if (!existing.StartsWith(SlurmConfiguration.Marker, StringComparison.Ordinal))
            {
                throw _commands.Failed($"{path} exists and was not written by ContainerKit; it is left as it is. Move it away to let TestCluster configure a single-node test cluster", null);
            }
        }
        RequireRoot($"{path} needs writing");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var folder in new[] { SlurmConfiguration.StateFolder + "/slurmctld", SlurmConfiguration.StateFolder + "/slurmd", SlurmConfiguration.LogFolder })
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
        done.Add($"wrote {path}");
        return true;
    }

    private async Task EnsureControllerAsync(bool reconfigure, List<string> done, CancellationToken cancellationToken)
    {
        if (await ControllerUpAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!reconfigure) return;
            await _commands.RunLoggedAsync("scontrol.log", "scontrol", ["reconfigure"], cancellationToken).ConfigureAwait(false);
            done.Add("reconfigured slurmctld");
            return;
        }
        RequireRoot("slurmctld is not running");
        _commands.StartDetached("slurmctld.console.log", "slurmctld", ["-D"]);
        await _commands.WaitAsync(ControllerUpAsync, DaemonWait, "slurmctld", "slurmctld.console.log", cancellationToken).ConfigureAwait(false);
        done.Add("started slurmctld");
    }

    private async Task EnsureNodeAsync(string host, List<string> done, CancellationToken cancellationToken)
    {
        if (Process.GetProcessesByName("slurmd").Length == 0)
        {
            RequireRoot("slurmd is not running");
            _commands.StartDetached("slurmd.console.log", "slurmd", ["-D"]);
            done.Add("started slurmd");
        }
        var state = await NodeStateAsync(host, cancellationToken).ConfigureAwait(false);
        if (state.StartsWith("drain", StringComparison.Ordinal) || state.StartsWith("down", StringComparison.Ordinal) && !state.EndsWith('*'))
        {
            await _commands.RunLoggedAsync("scontrol.log", "scontrol", ["update", $"NodeName={host}", "State=RESUME"], cancellationToken).ConfigureAwait(false);
            done.Add($"resumed node {host} (was {state})");
        }
        await _commands.WaitAsync(async ct => IsUsable(await NodeStateAsync(host, ct).ConfigureAwait(false)), DaemonWait,
            $"node {host}", "slurmd.console.log", cancellationToken).ConfigureAwait(false);
    }

    private static bool IsUsable(string state) =>
        !state.EndsWith('*') && (state.StartsWith("idle", StringComparison.Ordinal) || state.StartsWith("mix", StringComparison.Ordinal)
            || state.StartsWith("alloc", StringComparison.Ordinal) || state.StartsWith("compl", StringComparison.Ordinal));

    private static async Task<bool> ControllerUpAsync(CancellationToken cancellationToken) =>
        (await OutputAsync("scontrol", ["ping"], cancellationToken).ConfigureAwait(false)).Output.Contains("is UP", StringComparison.Ordinal);

    private static async Task<string> NodeStateAsync(string host, CancellationToken cancellationToken) =>
        (await OutputAsync("sinfo", ["--noheader", "--nodes", host, "--format", "%T"], cancellationToken).ConfigureAwait(false)).Output.Trim();

    private static async Task<string> ShortHostNameAsync(CancellationToken cancellationToken)
    {
        var (exit, output) = await OutputAsync("hostname", ["-s"], cancellationToken).ConfigureAwait(false);
        var name = output.Trim();
        return exit == 0 && name.Length > 0 ? name : Environment.MachineName.Split('.')[0];
    }

    /// <summary>Nine tenths of the machine's memory (slurmd drains a node whose configured memory exceeds what it finds).</summary>
    private static long SchedulableMemoryMebibytes()
    {
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kibibytes = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return Math.Max(1024, kibibytes / 1024 * 9 / 10);
    }

    private static async Task<bool> SucceedsAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        (await OutputAsync(program, arguments, cancellationToken).ConfigureAwait(false)).Exit == 0;

    private static async Task<(int Exit, string Output)> OutputAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (!HostProbe.ProgramExists(program)) return (127, "");
        using var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync(program, arguments, Directory.GetCurrentDirectory(), new Dictionary<string, string>(), output, cancellationToken).ConfigureAwait(false);
        return (exit, output.ToString());
    }

    private void RequireRoot(string what)
    {
        if (!(HostProbe.IsRoot && HostProbe.IsDebian))
        {
            throw _commands.Failed($"{what}; provisioning the test cluster needs root on Debian/Ubuntu (or set it up yourself: munge, slurmctld, slurmd with {SlurmConfiguration.ConfigPath})", null);
        }
    }
}
