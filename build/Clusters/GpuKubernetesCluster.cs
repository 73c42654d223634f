using ContainerKit.Clusters;

namespace Clusters;

/// <summary>
/// A Kubernetes cluster: jobs are <c>batch/v1</c> Jobs in namespace <c>research</c>, pulling from the lab's registry,
/// the project on a PVC, GPUs as <c>nvidia.com/gpu</c>, 16 GiB of shared memory. Submit creates them with the
/// official client and your kubeconfig. Validated against the Kubernetes API schema here; no API server runs here.
/// </summary>
public sealed class GpuKubernetesCluster : KubernetesCluster
{
    /// <inheritdoc />
    public override string Namespace => "research";

    /// <inheritdoc />
    public override string Registry => "registry.example.org";

    /// <inheritdoc />
    public override string? ImagePullSecret => "registry-credentials";

    /// <inheritdoc />
    public override IReadOnlyList<PersistentVolumeClaimMount> PvcMounts => [new("research-scratch", "/scratch")];

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> NodeSelector => new Dictionary<string, string> { ["nvidia.com/gpu.product"] = "NVIDIA-A100-SXM4-80GB" };

    /// <inheritdoc />
    public override IReadOnlyList<Toleration> Tolerations => [new("nvidia.com/gpu", "Exists", Effect: "NoSchedule")];

    /// <inheritdoc />
    public override MemorySize? SharedMemorySize => MemorySize.Gigabytes(16);

    /// <inheritdoc />
    public override JobResources Defaults => new() { Time = TimeSpan.FromHours(6), Cpus = 8, Memory = MemorySize.Gigabytes(64) };

    private static EntrypointVariables OnScratch => new() { ProjectRootAt = "/scratch/research-project" };

    /// <inheritdoc />
    public override IReadOnlyList<Job> Jobs =>
    [
        new UnattendedJob("experiment")
        {
            Image = new() { Environment = "ResearchEnvironment", Acceleration = "cuda" },
            Resources = new() { Gpus = 1 },
            Variables = OnScratch,
            Secrets = [SecretReference.Kubernetes("WANDB_API_KEY_FILE_AT", "wandb", "api-key", at: "/run/secrets/wandb-api-key")],
            Mounts = [],
            Command = ["python", "-m", "research_project.experiment", "seed=1"],
        },
        new RemoteDevelopmentJob("dev")
        {
            Image = new() { Environment = "ResearchEnvironment", Platform = "amd64", Acceleration = "cpu", Development = true },
            Variables = OnScratch with { GitConfigAt = "/scratch/.gitconfig" },
            Mounts = [],
        },
    ];
}
