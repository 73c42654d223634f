using ContainerKit.Clusters;

namespace ContainerKit.Tests.Clusters;

/// <summary>A Kubernetes cluster whose settings a test sets (the example's GPU cluster by default).</summary>
internal sealed class RouteKubernetesCluster : KubernetesCluster
{
    public string NamespaceValue { get; init; } = "research";
    public string? SchedulerValue { get; init; }
    public string? PullSecretValue { get; init; }
    public string GpuResourceValue { get; init; } = "nvidia.com/gpu";
    public KeyValuePair<string, string>? ProjectLabelValue { get; init; }
    public IReadOnlyList<PersistentVolumeClaimMount> Claims { get; init; } = [new("research-scratch", "/scratch")];
    public IReadOnlyDictionary<string, string> Selector { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<Toleration> TolerationList { get; init; } = [];
    public MemorySize? SharedMemory { get; init; }
    public required IReadOnlyList<Job> JobList { get; init; }

    public override string Name => "test-kubernetes";
    public override string Namespace => NamespaceValue;
    public override string Registry => "registry.example.org";
    public override string? SchedulerName => SchedulerValue;
    public override KeyValuePair<string, string>? ProjectLabel => ProjectLabelValue;
    public override string? ImagePullSecret => PullSecretValue;
    public override IReadOnlyList<PersistentVolumeClaimMount> PvcMounts => Claims;
    public override IReadOnlyDictionary<string, string> NodeSelector => Selector;
    public override IReadOnlyList<Toleration> Tolerations => TolerationList;
    public override string GpuResourceName => GpuResourceValue;
    public override MemorySize? SharedMemorySize => SharedMemory;
    public override IReadOnlyList<Job> Jobs => JobList;
}

/// <summary>A Run:ai cluster whose jobs a test sets.</summary>
internal sealed class RouteRunaiCluster : RunaiCluster
{
    public string ProjectValue { get; init; } = "example-lab";
    public required IReadOnlyList<Job> JobList { get; init; }

    public override string Name => "test-runai";
    public override string Project => ProjectValue;
    public override string Registry => "registry.example.org";
    public override IReadOnlyList<Job> Jobs => JobList;
}

/// <summary>A Slurm cluster whose runtime, image source, and EDF a test sets.</summary>
internal sealed class RouteSlurmCluster : SlurmCluster
{
    public SlurmContainerRuntime RuntimeValue { get; init; } = SlurmContainerRuntime.Pyxis;
    public SlurmImageSource Source { get; init; } = SlurmImageSource.Registry("registry.example.org");
    public EdfOptions? EdfValue { get; init; }
    public required IReadOnlyList<Job> JobList { get; init; }

    public override string Name => "test-slurm";
    public override SlurmContainerRuntime Runtime => RuntimeValue;
    public override SlurmImageSource ImageSource => Source;
    public override EdfOptions? Edf => EdfValue;
    public override IReadOnlyList<Job> Jobs => JobList;
}
