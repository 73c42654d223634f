using ContainerKit.Clusters;

namespace Clusters;

/// <summary>
/// A Slurm cluster with NVIDIA pyxis/enroot: jobs pull the pushed image from the lab's registry
/// (<c>srun --container-image=registry#image:tag</c>). Rendered and checked here; no pyxis runs on this machine.
/// </summary>
public sealed class PyxisCluster : SlurmCluster
{
    /// <inheritdoc />
    public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Pyxis;

    /// <inheritdoc />
    public override SlurmImageSource ImageSource => SlurmImageSource.Registry("registry.example.org");

    /// <inheritdoc />
    public override string? Partition => "gpu";

    /// <inheritdoc />
    public override string? ProjectFolder => "/scratch/example-lab/research-project";

    /// <inheritdoc />
    public override JobResources Defaults => new() { Time = TimeSpan.FromHours(4), Cpus = 8, Memory = MemorySize.Gigabytes(64) };

    private static JobImage Cuda => new() { Environment = "ResearchEnvironment", Acceleration = "cuda" };

    private static SecretReference WandbKey => SecretReference.File("WANDB_API_KEY_FILE_AT", "~/.wandb-api-key", at: "/run/secrets/wandb-api-key");

    /// <inheritdoc />
    public override IReadOnlyList<Job> Jobs =>
    [
        new UnattendedJob("experiment")
        {
            Image = Cuda,
            Resources = new() { Gpus = 1 },
            Secrets = [WandbKey],
            Command = ["python", "-m", "research_project.experiment", "seed=1"],
        },
        new DistributedJob("ddp", nodes: 2, tasksPerNode: 4)
        {
            Image = Cuda,
            Resources = new() { Gpus = 4 },
            Secrets = [WandbKey],
            Command = ["python", "-m", "research_project.train", "trainer.devices=4"],
        },
        new RemoteDevelopmentJob("dev") { Image = Cuda with { Development = true }, Resources = new() { Gpus = 1, Time = TimeSpan.FromHours(12) } },
    ];
}
