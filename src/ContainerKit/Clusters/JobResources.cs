namespace ContainerKit.Clusters;

/// <summary>
/// What a job asks the scheduler for; a member left null takes the cluster's <see cref="ClusterDefinition.Defaults"/>,
/// then the scheduler's own default.
/// </summary>
public sealed record JobResources
{
    /// <summary>Nothing set.</summary>
    public static JobResources None { get; } = new();

    /// <summary>Wall-clock limit (<c>--time</c>).</summary>
    public TimeSpan? Time { get; init; }

    /// <summary>CPUs per task (<c>--cpus-per-task</c>; the container's CPU request on Kubernetes).</summary>
    public int? Cpus { get; init; }

    /// <summary>Memory per node (<c>--mem</c>; the container's memory request on Kubernetes).</summary>
    public MemorySize? Memory { get; init; }

    /// <summary>GPUs per node (<c>--gpus-per-node</c>; the GPU resource on Kubernetes). Only on entries with an accelerator.</summary>
    public int? Gpus { get; init; }

    /// <summary>These resources with every unset member taken from <paramref name="defaults"/>.</summary>
    public JobResources Over(JobResources defaults) => new()
    {
        Time = Time ?? defaults.Time,
        Cpus = Cpus ?? defaults.Cpus,
        Memory = Memory ?? defaults.Memory,
        Gpus = Gpus ?? defaults.Gpus,
    };
}
