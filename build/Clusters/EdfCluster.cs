using ContainerKit.Clusters;

namespace Clusters;

/// <summary>
/// A Slurm cluster whose container engine reads an enroot environment definition file (EDF, TOML): RenderJobs
/// writes <c>&lt;job&gt;.toml</c> (image, mounts, workdir, env, annotations) and the batch script runs
/// <c>srun --environment=&lt;that file&gt;</c>. The image is a squashfs file the user made. Rendered, not run here.
/// </summary>
public sealed class EdfCluster : SlurmCluster
{
    /// <inheritdoc />
    public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Pyxis;

    /// <inheritdoc />
    public override SlurmImageSource ImageSource => SlurmImageSource.File("/capstor/images/research-project-amd64-cuda.sqsh");

    /// <inheritdoc />
    public override string? Account => "a-lab";

    /// <inheritdoc />
    public override string? ProjectFolder => "/capstor/scratch/example-lab/research-project";

    /// <inheritdoc />
    public override EdfOptions? Edf => new()
    {
        Annotations = new Dictionary<string, string>
        {
            ["com.hooks.aws_ofi_nccl.enabled"] = "true",
            ["com.hooks.aws_ofi_nccl.variant"] = "cuda12",
        },
    };

    /// <inheritdoc />
    public override JobResources Defaults => new() { Time = TimeSpan.FromHours(2), Memory = MemorySize.Gigabytes(128) };

    /// <inheritdoc />
    public override IReadOnlyList<Job> Jobs =>
    [
        new DistributedJob("ddp", nodes: 2, tasksPerNode: 4)
        {
            Image = new() { Environment = "ResearchEnvironment", Acceleration = "cuda" },
            Resources = new() { Gpus = 4 },
            Variables = new() { Extra = new Dictionary<string, string> { ["NCCL_DEBUG"] = "INFO" } },
            Command = ["python", "-m", "research_project.train", "trainer.num_nodes=2"],
        },
    ];
}
