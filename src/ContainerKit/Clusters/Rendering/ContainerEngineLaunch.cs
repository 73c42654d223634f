using System.Text;
using ContainerKit.Clusters.Planning;
using ContainerKit.Entrypoints;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// The Docker and Podman launch: <c>srun</c> starts each task, and each task runs the image with
/// <c>docker run</c> / <c>podman run</c> on host networking, the project bind-mounted at its working directory, the
/// entrypoint's variables and the task's Slurm variables set, and secrets mounted read-only. Each container is named
/// after the job, its id and the task, and removed when it ends.
/// </summary>
/// <param name="runtime"><see cref="SlurmContainerRuntime.Docker"/> or <see cref="SlurmContainerRuntime.Podman"/>.</param>
public sealed class ContainerEngineLaunch(SlurmContainerRuntime runtime) : ISlurmLaunch
{
    /// <summary>The Slurm variables each task passes into its container (the entrypoint's task selection reads them).</summary>
    public static IReadOnlyList<string> TaskVariables { get; } =
        ["SLURM_JOB_ID", "SLURM_JOB_NAME", "SLURM_JOB_NUM_NODES", "SLURM_LOCALID", "SLURM_NODEID", "SLURM_NTASKS", "SLURM_PROCID"];

    /// <inheritdoc />
    public SlurmContainerRuntime Runtime => runtime;

    /// <summary>
    /// The entry's devices when the job asks for GPUs: NVIDIA GPUs are the ones Slurm allocated (Docker:
    /// <c>--gpus device=$CUDA_VISIBLE_DEVICES</c>; Podman: the CDI device), other devices and groups as Run passes them.
    /// </summary>
    private void Devices(JobPlan plan, StringBuilder text)
    {
        if (plan.Resources.Gpus is not > 0 || plan.Entry.Devices is not { IsEmpty: false } devices) return;
        if (devices.AllGpus)
        {
            text.Append(runtime == SlurmContainerRuntime.Podman
                ? "  --device nvidia.com/gpu=all\n"
                : "  --gpus \"\\\"device=${CUDA_VISIBLE_DEVICES:?Slurm set no CUDA_VISIBLE_DEVICES}\\\"\"\n");
        }
        var words = (devices with { AllGpus = false }).DockerRunArguments();
        for (var i = 0; i + 1 < words.Count; i += 2)
        {
            text.Append($"  {words[i]} {ShellQuoting.Word(words[i + 1])}\n");
        }
    }

    private string Program => runtime == SlurmContainerRuntime.Podman ? "podman" : "docker";

    /// <inheritdoc />
    public string Render(JobPlan plan)
    {
        var text = new StringBuilder()
            .Append($"ck_image={ShellQuoting.Word(plan.Image)}\n")
            .Append("ck_run=(\n")
            .Append("  --rm --network host --ipc host\n");
        if (runtime == SlurmContainerRuntime.Podman) text.Append("  --pull newer\n");
        // Docker's init as PID 1 passes the SIGTERM of scancel (or the time limit) on to the command, so a cancelled
        // job's container stops instead of outliving the killed docker client. (Podman's needs catatonit.)
        if (runtime == SlurmContainerRuntime.Docker) text.Append("  --init\n");
        Devices(plan, text);
        text.Append($"  --volume {ShellQuoting.Word(plan.ProjectFolder + ":" + plan.WorkingDirectory)}\n")
            .Append($"  --workdir {ShellQuoting.Word(plan.WorkingDirectory)}\n");
        foreach (var bind in SlurmBatchRenderer.MountAndSecretBinds(plan))
        {
            text.Append($"  --volume {bind}\n");
        }
        foreach (var (name, value) in plan.Environment)
        {
            text.Append($"  --env {ShellQuoting.Word(name + "=" + value)}\n");
        }
        foreach (var name in TaskVariables)
        {
            text.Append($"  --env {name}\n");
        }
        text.Append("  \"$ck_image\"");
        foreach (var word in plan.Command) text.Append(' ').Append(ShellQuoting.Word(word));
        var containerName = ShellQuoting.Word(plan.ScheduledName);
        text.Append("\n)\n");
        SlurmBatchRenderer.AppendWritableFolders(text, plan);
        return text
            .Append("# One container per task, named after the job, its id and the task; the variables expand in each task's shell.\n")
            .Append("# shellcheck disable=SC2016\n")
            .Append($"srun --kill-on-bad-exit=1 bash -c 'exec {Program} run --name \"$0-$SLURM_JOB_ID-$SLURM_PROCID\" \"$@\"' {containerName} \"${{ck_run[@]}}\"\n")
            .ToString();
    }
}
