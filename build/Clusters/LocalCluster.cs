using ContainerKit.Clusters;

namespace Clusters;

/// <summary>
/// This machine's Slurm cluster (./build.sh TestCluster provisions one), running the research environment's cpu
/// images with the local Docker daemon:
/// <c>./build.sh Submit --cluster local --acceleration cpu --command "python3 -c 'print(6*7)'" --wait</c>.
/// The experiment sees only the outputs mount (the batch script creates outputs/); the other jobs see every mount of
/// the environment, so data/ must exist before they are submitted (mkdir -p data).
/// </summary>
public sealed class LocalCluster : SlurmCluster
{
    private static readonly JobImage Research = new() { Environment = "research", Acceleration = "cpu" };

    /// <inheritdoc />
    public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Docker;

    /// <inheritdoc />
    public override JobResources Defaults => new() { Time = TimeSpan.FromMinutes(30), Cpus = 1, Memory = MemorySize.Megabytes(512) };

    /// <inheritdoc />
    public override IReadOnlyList<Job> Jobs =>
    [
        new UnattendedJob("experiment") { Image = Research, Mounts = ["/outputs"], Command = ["python3", "-c", "import sys; print(sys.version)"] },
        new DistributedJob("ddp", nodes: 1, tasksPerNode: 2)
        {
            Image = Research,
            Command = ["python3", "-c", "import os; print('task', os.environ['SLURM_PROCID'], 'of', os.environ['SLURM_NTASKS'])"],
        },
        new RemoteDevelopmentJob("dev") { Image = Research, Resources = new() { Time = TimeSpan.FromHours(8) } },
    ];
}
