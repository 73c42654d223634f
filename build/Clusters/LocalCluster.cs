using ContainerKit.Clusters;

namespace Clusters;

/// <summary>
/// This machine's Slurm cluster (./build.sh TestCluster provisions one), running the research environment's cpu
/// images with the local Docker daemon:
/// <c>./build.sh Submit --cluster local --acceleration cpu --command "python3 -c 'print(6*7)'" --wait</c>.
/// Every job sees the environment's mounts (data/ read-only at /data, outputs/ at /outputs).
/// </summary>
public sealed class LocalCluster : SlurmCluster
{
    private static readonly JobImage Research = new() { Environment = "research", Platform = "amd64", Acceleration = "cpu" };

    /// <inheritdoc />
    public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Docker;

    /// <inheritdoc />
    public override JobResources Defaults => new() { Time = TimeSpan.FromMinutes(30), Cpus = 1, Memory = MemorySize.Megabytes(512) };

    /// <inheritdoc />
    public override IReadOnlyList<Job> Jobs =>
    [
        new UnattendedJob("experiment") { Image = Research, Command = ["python3", "-c", "import sys; print(sys.version)"] },
        new DistributedJob("ddp", nodes: 1, tasksPerNode: 2)
        {
            Image = Research,
            Command = ["python3", "-c", "import os; print('task', os.environ['SLURM_PROCID'], 'of', os.environ['SLURM_NTASKS'])"],
        },
        new RemoteDevelopmentJob("dev") { Image = Research, Resources = new() { Time = TimeSpan.FromHours(8) } },
    ];
}
