using System.Globalization;
using System.Text;
using ContainerKit.Clusters.Planning;
using ContainerKit.Entrypoints;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// The <c>runai submit</c> command of a job on a Run:ai cluster: <c>--name</c>, <c>--project</c>, <c>--image</c>,
/// <c>--pvc claim:path[:ro]</c>, <c>--working-dir</c>, <c>-e NAME=value</c> per entrypoint variable, <c>-g</c>,
/// <c>--cpu</c>, <c>--memory</c>, <c>--large-shm</c>, <c>--interactive</c> for remote development, then <c>--</c> and the
/// command. <see cref="Arguments"/> is what Submit passes to the runai CLI; <see cref="Render"/> writes the same
/// words to <c>&lt;job&gt;.sh</c>.
/// </summary>
public sealed class RunaiCommand : IJobRenderer
{
    /// <summary>The extension of the script.</summary>
    public const string Extension = ".sh";

    /// <summary>The words after <c>runai</c>.</summary>
    public static IReadOnlyList<string> Arguments(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cluster = (RunaiCluster)plan.Cluster;
        var words = new List<string> { "submit", "--name", plan.ScheduledName, "--project", cluster.Project, "--image", plan.Image };
        foreach (var claim in cluster.PvcMounts) words.AddRange(["--pvc", $"{claim.ClaimName}:{claim.MountPath}{(claim.ReadOnly ? ":ro" : "")}"]);
        words.AddRange(["--working-dir", plan.WorkingDirectory]);
        foreach (var (name, value) in plan.Environment) words.AddRange(["-e", $"{name}={value}"]);
        var r = plan.Resources;
        if (r.Gpus is > 0) words.AddRange(["-g", r.Gpus.Value.ToString(CultureInfo.InvariantCulture)]);
        if (r.Cpus is { } cpus) words.AddRange(["--cpu", cpus.ToString(CultureInfo.InvariantCulture)]);
        if (r.Memory is { } memory) words.AddRange(["--memory", memory.ToSlurm()]);
        if (cluster.SharedMemorySize is not null) words.Add("--large-shm");
        if (plan.Job is RemoteDevelopmentJob) words.Add("--interactive");
        words.Add("--");
        words.AddRange(plan.Command);
        return words;
    }

    /// <inheritdoc />
    public IReadOnlyList<JobFile> Render(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Cluster is not RunaiCluster cluster) return [];
        var text = new StringBuilder()
            .Append("#!/bin/sh\n")
            .Append($"# ContainerKit job '{plan.Job.Name}' of Run:ai cluster '{cluster.Name}': {plan.Entry.Environment}/{plan.Entry.Entry}.\n")
            .Append($"# Submit with ./build.sh Submit --cluster {cluster.Name} --job {plan.Job.Name} (runs this command when runai is installed).\n")
            .Append("set -eu\n")
            .Append("runai submit");
        var arguments = Arguments(plan);
        var separator = arguments.ToList().IndexOf("--");
        for (var i = 1; i < arguments.Count; i++)
        {
            // One option (and its value) per line up to "--", then the command on the last line.
            var startsLine = (i < separator && arguments[i].StartsWith('-')) || i == separator;
            text.Append(startsLine ? " \\\n  " : " ").Append(ShellQuoting.Word(arguments[i]));
        }
        return [new JobFile(plan.Job.Name + Extension, text.Append('\n').ToString(), Executable: true)];
    }
}
