using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Rendering;
using Environments;

namespace ContainerKit.Tests.Clusters;

/// <summary>Entries and clusters the cluster tests plan jobs against, with a fixed project folder so output is stable.</summary>
internal static class ClusterCases
{
    /// <summary>The project folder on the cluster in every case.</summary>
    public const string ProjectFolder = "/home/researcher/research-project";

    /// <summary>The example's research cpu entry (rendered), generic run image.</summary>
    public static JobEntry Cpu { get; } = Example("cpu");

    /// <summary>The example's research cuda entry (rendered), generic run image.</summary>
    public static JobEntry Cuda { get; } = Example("cuda");

    private static JobEntry Example(string acceleration)
    {
        var rendered = Assert.Single(RenderPipeline.Plan([new ResearchEnvironment()], new RenderSelection([], ["amd64"], [acceleration]), _ => null).Entries);
        var image = ImageTagTemplate.Expand(rendered.Manifest.Image(ImageRoles.Run).TagTemplates[0], "latest", null);
        return JobEntry.From(rendered, new ResearchEnvironment().Project, image, ProjectFolder);
    }

    /// <summary>Plans <paramref name="job"/> on <paramref name="cluster"/> for <paramref name="entry"/> (default <see cref="Cpu"/>).</summary>
    public static JobPlan Plan(ClusterDefinition cluster, Job job, JobEntry? entry = null, IReadOnlyList<string>? command = null, string prefix = "") =>
        JobPlanner.Plan(cluster, job, entry ?? Cpu, new JobPlanOptions(ProjectFolder) { Command = command ?? [], NamePrefix = prefix });

    /// <summary>A Podman cluster with a registry, partition, account and qos, and a job using secrets, GPUs and extra variables.</summary>
    internal sealed class PodmanGpuCluster : SlurmCluster
    {
        public override string Name => "gpu-podman";

        public override string? Partition => "gpu";

        public override string? Account => "lab-42";

        public override string? Qos => "normal";

        public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Podman;

        public override SlurmImageSource ImageSource => SlurmImageSource.Registry("registry.example.org/lab");

        public override JobResources Defaults => new() { Time = TimeSpan.FromDays(1) + TimeSpan.FromHours(2), Cpus = 8, Memory = MemorySize.Gigabytes(64) };

        public override IReadOnlyList<Job> Jobs =>
        [
            new UnattendedJob("train")
            {
                Resources = new() { Gpus = 2 },
                Variables = new() { Extra = new Dictionary<string, string> { ["HYDRA_FULL_ERROR"] = "1", ["RUN_NOTE"] = "it's a test" } },
                Secrets =
                [
                    SecretReference.File("WANDB_API_KEY_FILE_AT", "~/.secrets/wandb-key", "/run/secrets/wandb"),
                    SecretReference.File("HF_TOKEN_AT", "/etc/lab/hf-token", "/run/secrets/hf"),
                ],
                Command = ["python", "-m", "research_project.train", "trainer.epochs=3", "note=two words"],
            },
        ];
    }

    /// <summary>A cluster whose jobs are changed per test.</summary>
    internal sealed class ConfigurableSlurmCluster(SlurmContainerRuntime runtime, SlurmImageSource source, params Job[] jobs) : SlurmCluster
    {
        public override string Name => "configurable";

        public override SlurmContainerRuntime Runtime => runtime;

        public override SlurmImageSource ImageSource => source;

        public override IReadOnlyList<Job> Jobs => jobs;

        public string? PartitionValue { get; init; }

        public override string? Partition => PartitionValue;
    }

    /// <summary>A Kubernetes cluster (for the name rules).</summary>
    internal sealed class TestKubernetesCluster : KubernetesCluster
    {
        public override string Name => "kube";

        public override string Namespace => "research";

        public override string Registry => "registry.example.org/lab";
    }
}
