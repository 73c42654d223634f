using System.Text;
using ContainerKit.Clusters.Planning;
using ContainerKit.Entrypoints;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// The pyxis/enroot launch: the entrypoint's variables exported (srun passes them into every task's container),
/// then <c>srun --container-image=... --container-mounts=... --container-workdir=&lt;project&gt;
/// --no-container-mount-home --no-container-remap-root --no-container-entrypoint --container-writable
/// &lt;entrypoints&gt;/pre-entrypoint.sh cmd</c>. pyxis skips the image's entrypoint, so the script names it; in a
/// multi-task job its variables (<c>SLURM_ONE_ENTRYPOINT_SCRIPT_PER_NODE</c>) make one task per node install the project.
/// With <see cref="SlurmCluster.Edf"/>, the container engine reads the job's EDF instead (<c>srun --environment=</c>).
/// </summary>
public sealed class PyxisLaunch : ISlurmLaunch
{
    /// <inheritdoc />
    public SlurmContainerRuntime Runtime => SlurmContainerRuntime.Pyxis;

    /// <inheritdoc />
    public string Render(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cluster = (SlurmCluster)plan.Cluster;
        var text = new StringBuilder();
        SlurmBatchRenderer.AppendWritableFolders(text, plan);
        if (cluster.Edf is { } edf)
        {
            text.Append("# The container engine reads the image, mounts, working directory and variables from the job's EDF.\n")
                .Append($"srun --environment={ShellQuoting.Word(EdfRenderer.PathOnCluster(plan, edf))} \\\n");
            if (!edf.Entrypoint) text.Append($"  {EntrypointScripts.EntrypointPath} \\\n");
            return AppendCommand(text, plan).ToString();
        }
        text.Append("# The entrypoint's variables; srun exports them into each task's container.\n");
        foreach (var (name, value) in plan.Environment) text.Append($"export {name}={ShellQuoting.Word(value)}\n");
        text.Append("srun \\\n")
            .Append($"  --container-image={ShellQuoting.Word(EnrootImage.Enroot(cluster, plan.Image))} \\\n")
            .Append($"  --container-mounts={Mounts(plan)} \\\n")
            .Append($"  --container-workdir={ShellQuoting.Word(plan.WorkingDirectory)} \\\n")
            .Append("  --no-container-mount-home \\\n")
            .Append("  --no-container-remap-root \\\n")
            .Append("  --no-container-entrypoint \\\n")
            .Append("  --container-writable \\\n")
            .Append($"  {EntrypointScripts.EntrypointPath} \\\n");
        return AppendCommand(text, plan).ToString();
    }

    /// <summary>pyxis' <c>SRC:DST[:FLAGS]</c> list as one shell word: the project at the working directory, the entry's mounts, each secret file read-only.</summary>
    private static string Mounts(JobPlan plan)
    {
        var mounts = new StringBuilder(ShellQuoting.Word(plan.ProjectFolder + ":" + plan.WorkingDirectory));
        foreach (var bind in SlurmBatchRenderer.MountAndSecretBinds(plan)) mounts.Append(',').Append(bind);
        return mounts.ToString();
    }

    /// <summary>The command's words, quoted, as the last line of a continued <c>srun</c>.</summary>
    internal static StringBuilder AppendCommand(StringBuilder text, JobPlan plan) =>
        text.Append("  ").Append(string.Join(' ', plan.Command.Select(ShellQuoting.Word))).Append('\n');
}
