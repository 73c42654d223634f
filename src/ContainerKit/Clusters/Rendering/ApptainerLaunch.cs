using System.Text;
using ContainerKit.Clusters.Planning;
using ContainerKit.Entrypoints;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// The Apptainer launch: each task runs <c>apptainer run [--nv] -c -B &lt;project&gt;:&lt;workdir&gt; -B ...
/// --pwd &lt;workdir&gt; --env NAME=value ... docker://image (or file.sif) cmd</c>. <c>run</c> starts the image's
/// entrypoint (the pre-entrypoint chain) with the command as its arguments; <c>-c</c> (<c>--contain</c>) keeps the
/// host's home and /tmp out; <c>--nv</c> binds the NVIDIA driver when the job asks for GPUs.
/// </summary>
public sealed class ApptainerLaunch : ISlurmLaunch
{
    /// <inheritdoc />
    public SlurmContainerRuntime Runtime => SlurmContainerRuntime.Apptainer;

    /// <inheritdoc />
    public string Render(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cluster = (SlurmCluster)plan.Cluster;
        var text = new StringBuilder();
        SlurmBatchRenderer.AppendWritableFolders(text, plan);
        text.Append("srun apptainer run \\\n");
        if (plan.Resources.Gpus is > 0) text.Append("  --nv \\\n");
        text.Append("  -c \\\n")
            .Append($"  -B {ShellQuoting.Word(plan.ProjectFolder + ":" + plan.WorkingDirectory)} \\\n");
        foreach (var bind in SlurmBatchRenderer.MountAndSecretBinds(plan)) text.Append($"  -B {bind} \\\n");
        text.Append($"  --pwd {ShellQuoting.Word(plan.WorkingDirectory)} \\\n");
        foreach (var (name, value) in plan.Environment) text.Append($"  --env {ShellQuoting.Word(name + "=" + value)} \\\n");
        text.Append($"  {ShellQuoting.Word(EnrootImage.Apptainer(cluster, plan.Image))} \\\n");
        return PyxisLaunch.AppendCommand(text, plan).ToString();
    }
}
