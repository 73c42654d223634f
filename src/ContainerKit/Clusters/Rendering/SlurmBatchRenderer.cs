using System.Globalization;
using System.Text;
using ContainerKit.Clusters.Planning;
using ContainerKit.Entrypoints;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// <c>&lt;job&gt;.sbatch</c> of a Slurm cluster: the <c>#SBATCH</c> header (name, partition, account, qos, nodes,
/// tasks, CPUs, memory, GPUs, time) and the launch of the cluster's runtime (<see cref="Launches"/>).
/// </summary>
public sealed class SlurmBatchRenderer : IJobRenderer
{
    /// <summary>The launch of each runtime.</summary>
    public static IReadOnlyList<ISlurmLaunch> Launches { get; } =
    [
        new ContainerEngineLaunch(SlurmContainerRuntime.Docker),
        new ContainerEngineLaunch(SlurmContainerRuntime.Podman),
        new PyxisLaunch(),
        new ApptainerLaunch(),
    ];

    /// <summary>The extension of the batch script.</summary>
    public const string Extension = ".sbatch";

    /// <inheritdoc />
    public IReadOnlyList<JobFile> Render(JobPlan plan)
    {
        if (plan.Cluster is not SlurmCluster cluster) return [];
        var launch = Launches.FirstOrDefault(l => l.Runtime == cluster.Runtime);
        return launch is null ? [] : [new JobFile(plan.Job.Name + Extension, Header(plan, cluster) + launch.Render(plan), Executable: true)];
    }

    /// <summary>The shebang, comments, <c>#SBATCH</c> lines and <c>set -euo pipefail</c>.</summary>
    public static string Header(JobPlan plan, SlurmCluster cluster)
    {
        var text = new StringBuilder()
            .Append("#!/bin/bash\n")
            .Append(CultureInfo.InvariantCulture, $"# ContainerKit job '{plan.Job.Name}' of cluster '{cluster.Name}': {plan.Entry.Environment}/{plan.Entry.Entry}, {cluster.Runtime.ToString().ToLowerInvariant()} runtime.\n")
            .Append(CultureInfo.InvariantCulture, $"# Submit with ./build.sh Submit --cluster {cluster.Name} --job {plan.Job.Name} (or sbatch from the project folder).\n");
        void Option(string name, string? value)
        {
            if (value is not null) text.Append(CultureInfo.InvariantCulture, $"#SBATCH --{name}={value}\n");
        }
        var r = plan.Resources;
        Option("job-name", plan.ScheduledName);
        Option("partition", cluster.Partition);
        Option("account", cluster.Account);
        Option("qos", cluster.Qos);
        Option("nodes", plan.Nodes.ToString(CultureInfo.InvariantCulture));
        Option("ntasks-per-node", plan.TasksPerNode.ToString(CultureInfo.InvariantCulture));
        Option("cpus-per-task", r.Cpus?.ToString(CultureInfo.InvariantCulture));
        Option("mem", r.Memory?.ToSlurm());
        Option("gpus-per-node", r.Gpus is > 0 ? r.Gpus.Value.ToString(CultureInfo.InvariantCulture) : null);
        Option("time", r.Time is { } time ? SlurmTime(time) : null);
        return text.Append("set -euo pipefail\n").ToString();
    }

    /// <summary>Slurm's <c>days-hours:minutes:seconds</c>.</summary>
    public static string SlurmTime(TimeSpan time) => time.Days > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{time.Days}-{time.Hours:00}:{time.Minutes:00}:{time.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{time.Hours:00}:{time.Minutes:00}:{time.Seconds:00}");

    /// <summary>
    /// <c>mkdir -p</c> of the writable host folders <paramref name="plan"/> bind-mounts: the job's user creates them,
    /// not the container runtime (as root, or not at all). Nothing when there are none.
    /// </summary>
    public static void AppendWritableFolders(StringBuilder text, JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plan);
        var writable = plan.Mounts.Where(m => !m.IsVolume && !m.ReadOnly).Select(m => ShellQuoting.Word(m.Source)).ToList();
        if (writable.Count > 0)
        {
            // Writable host folders are created by the job's user, not by the container engine (as root).
            text.Append($"mkdir -p {string.Join(" ", writable)}\n");
        }
    }

    /// <summary>
    /// The binds every container route adds after the project's, as shell words <c>SOURCE:TARGET[:FLAGS]</c>: the
    /// entry's mounts, then the job's secret files read-only, ordered by their container path.
    /// </summary>
    public static IEnumerable<string> MountAndSecretBinds(JobPlan plan) =>
        plan.Mounts.Select(m => ShellQuoting.Word(m.Bind))
            .Concat(plan.Secrets.OfType<FileSecret>().OrderBy(s => s.At, StringComparer.Ordinal)
                .Select(s => HostPath(s.HostPath) + ShellQuoting.Word(":" + s.At + ":ro")));

    /// <summary>A host path as a shell word: <c>~/x</c> becomes <c>"$HOME"/x</c>, anything else is quoted as needed.</summary>
    public static string HostPath(string path) => path.StartsWith("~/", StringComparison.Ordinal)
        ? "\"$HOME\"" + ShellQuoting.Word(path[1..])
        : ShellQuoting.Word(path);
}
