using ContainerKit.Clusters;

namespace Clusters;

/// <summary>
/// A Run:ai cluster (project <c>example-lab</c>): RenderJobs writes the <c>runai submit</c> command (<c>.sh</c>) and
/// the same job as a plain <c>batch/v1</c> Job with Run:ai's scheduler and project label (<c>.yaml</c>); Submit runs
/// the runai CLI when it is installed. Rendered and schema-validated here; no Run:ai cluster is reachable here.
/// </summary>
public sealed class LabRunaiCluster : RunaiCluster
{
    /// <inheritdoc />
    public override string Project => "example-lab";

    /// <inheritdoc />
    public override string Registry => "registry.example.org";

    /// <inheritdoc />
    public override IReadOnlyList<PersistentVolumeClaimMount> PvcMounts => [new("runai-example-lab-scratch", "/lab-scratch")];

    /// <inheritdoc />
    public override MemorySize? SharedMemorySize => MemorySize.Gigabytes(32);

    /// <inheritdoc />
    public override JobResources Defaults => new() { Cpus = 8, Memory = MemorySize.Gigabytes(64) };

    private static EntrypointVariables OnScratch(string copy) => new()
    {
        ProjectRootAt = $"/lab-scratch/home/researcher/research-project/{copy}",
        Extra = new Dictionary<string, string> { ["WANDB_API_KEY_FILE_AT"] = "/lab-scratch/home/researcher/.wandb-api-key" },
    };

    /// <inheritdoc />
    public override IReadOnlyList<Job> Jobs =>
    [
        new UnattendedJob("experiment")
        {
            Image = new() { Environment = "ResearchEnvironment", Acceleration = "cuda" },
            Resources = new() { Gpus = 1 },
            Variables = OnScratch("run"),
            Mounts = [],
            Command = ["python", "-m", "research_project.experiment", "a=1"],
        },
        new RemoteDevelopmentJob("dev")
        {
            Image = new() { Environment = "ResearchEnvironment", Acceleration = "cuda", Development = true },
            Resources = new() { Gpus = 1 },
            Variables = OnScratch("dev"),
            Mounts = [],
        },
    ];
}
