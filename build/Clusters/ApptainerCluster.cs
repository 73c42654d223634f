using ContainerKit.Clusters;

namespace Clusters;

/// <summary>
/// A Slurm cluster with Apptainer: each task runs <c>apptainer run --nv -c -B ... image.sif cmd</c> on a SIF file the
/// user built from the pushed image. Rendered and checked here; no Apptainer runs on this machine.
/// </summary>
public sealed class ApptainerCluster : SlurmCluster
{
    /// <inheritdoc />
    public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Apptainer;

    /// <inheritdoc />
    public override SlurmImageSource ImageSource => SlurmImageSource.File("/scratch/images/research-project-amd64-cuda.sif");

    /// <inheritdoc />
    public override string? ProjectFolder => "/home/researcher/research-project";

    /// <inheritdoc />
    public override JobResources Defaults => new() { Time = TimeSpan.FromHours(1), Cpus = 4, Memory = MemorySize.Gigabytes(32) };

    /// <inheritdoc />
    public override IReadOnlyList<Job> Jobs =>
    [
        new UnattendedJob("experiment")
        {
            Image = new() { Environment = "ResearchEnvironment", Acceleration = "cuda" },
            Resources = new() { Gpus = 1 },
            Secrets = [SecretReference.File("HF_TOKEN_AT", "~/.cache/huggingface/token", at: "/run/secrets/hf-token")],
            Command = ["python", "-m", "research_project.experiment"],
        },
    ];
}
