using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Diagnostics;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// Bad input on the rendered routes: each is a CK diagnostic naming the member and the value, thrown by the planner
/// before any file renders (RenderJobs plans every job before writing anything).
/// </summary>
public sealed class ClusterTargetValidationTests
{
    private static readonly JobImage Cuda = new() { Acceleration = "cuda" };
    private static readonly JobImage Cpu = new() { Acceleration = "cpu" };

    private static UnattendedJob Experiment(JobImage? image = null) => new("experiment") { Image = image ?? Cuda, Mounts = [], Command = ["python", "-V"] };

    public static TheoryData<string, ClusterDefinition, string> Cases() => new()
    {
        { "CK1204", new RouteKubernetesCluster { JobList = [new UnattendedJob("Train_1") { Image = Cuda, Command = ["true"] }] }, "Train_1" },
        { "CK1205", new RouteKubernetesCluster { JobList = [Experiment() with { Resources = new() { Cpus = 0 } }] }, "0" },
        { "CK1205", new RouteRunaiCluster { JobList = [Experiment() with { Resources = new() { Gpus = 65 } }] }, "65" },
        { "CK1206", new RouteKubernetesCluster { JobList = [Experiment(Cpu) with { Resources = new() { Gpus = 1 } }] }, "1" },
        { "CK1206", new RouteSlurmCluster { JobList = [Experiment(Cpu) with { Resources = new() { Gpus = 2 } }] }, "2" },
        { "CK1230", new RouteSlurmCluster { JobList = [Experiment() with { Variables = new() { ProjectRootAt = "/project/a,b" } }] }, "/project/a,b" },
        { "CK1230", new RouteSlurmCluster { RuntimeValue = SlurmContainerRuntime.Apptainer, Source = SlurmImageSource.File("/i/x.sif"), JobList = [Experiment() with { Secrets = [SecretReference.File("HF_TOKEN_AT", "~/.hf:token", "/run/hf")] }] }, "~/.hf:token" },
        { "CK1231", new RouteSlurmCluster { RuntimeValue = SlurmContainerRuntime.Apptainer, Source = SlurmImageSource.File("/i/x.sif"), EdfValue = new(), JobList = [Experiment()] }, "Apptainer" },
        { "CK1232", new RouteKubernetesCluster { JobList = [new DistributedJob("ddp", 2, 1) { Image = Cuda, Command = ["true"] }] }, "ddp" },
        { "CK1233", new RouteKubernetesCluster { JobList = [Experiment() with { Secrets = [SecretReference.File("WANDB_API_KEY_FILE_AT", "~/.wandb", "/run/wandb")] }] }, "WANDB_API_KEY_FILE_AT" },
        { "CK1233", new RouteRunaiCluster { JobList = [Experiment() with { Secrets = [SecretReference.Kubernetes("HF_TOKEN_AT", "hf", "token", "/run/hf")] }] }, "HF_TOKEN_AT" },
        { "CK1234", new RouteKubernetesCluster { NamespaceValue = "Research", JobList = [Experiment()] }, "Research" },
        { "CK1234", new RouteRunaiCluster { ProjectValue = "lab_a", JobList = [Experiment()] }, "lab_a" },
        { "CK1234", new RouteKubernetesCluster { Claims = [new("Scratch", "/scratch")], JobList = [Experiment()] }, "Scratch" },
        { "CK1234", new RouteKubernetesCluster { Claims = [new("scratch", "scratch")], JobList = [Experiment()] }, "scratch" },
        { "CK1234", new RouteKubernetesCluster { GpuResourceValue = "nvidia gpu", JobList = [Experiment()] }, "nvidia gpu" },
        { "CK1234", new RouteKubernetesCluster { SchedulerValue = "Runai_Scheduler", JobList = [Experiment()] }, "Runai_Scheduler" },
        { "CK1234", new RouteKubernetesCluster { PullSecretValue = "my secret", JobList = [Experiment()] }, "my secret" },
        { "CK1234", new RouteKubernetesCluster { SharedMemory = MemorySize.Gigabytes(1), Claims = [new("shm", "/dev/shm")], JobList = [Experiment()] }, "/dev/shm" },
        { "CK1235", new RouteKubernetesCluster { ProjectLabelValue = new("project", "lab a"), JobList = [Experiment()] }, "lab a" },
        { "CK1235", new RouteKubernetesCluster { Selector = new Dictionary<string, string> { ["gpu type"] = "a100" }, JobList = [Experiment()] }, "gpu type" },
        { "CK1236", new RouteKubernetesCluster { TolerationList = [new("nvidia.com/gpu", "Matches")], JobList = [Experiment()] }, "Matches" },
        { "CK1236", new RouteKubernetesCluster { TolerationList = [new("nvidia.com/gpu", "Exists", Value: "yes")], JobList = [Experiment()] }, "yes" },
        { "CK1236", new RouteKubernetesCluster { TolerationList = [new("nvidia.com/gpu", Effect: "Evict")], JobList = [Experiment()] }, "Evict" },
        { "CK1238", new RouteKubernetesCluster { JobList = [Experiment() with { Mounts = null }] }, "/data" },
        { "CK1237", new RouteKubernetesCluster { SharedMemory = MemorySize.Megabytes(0), JobList = [Experiment()] }, "0 MiB" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_a_diagnostic_naming_the_value(string id, ClusterDefinition cluster, string value)
    {
        var error = Assert.Throws<DiagnosticException>(() => Plan(cluster));

        Assert.False(error.IsEngineFailure);
        Assert.Contains(error.Diagnostics, d => d.Id == id && d.Value is not null && d.Value.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void The_test_clusters_are_valid_as_they_start()
    {
        foreach (var cluster in new ClusterDefinition[]
                 {
                     new RouteKubernetesCluster { JobList = [Experiment()] }, new RouteRunaiCluster { JobList = [Experiment()] }, new RouteSlurmCluster { JobList = [Experiment()] },
                 })
        {
            Assert.NotNull(Plan(cluster));
        }
    }

    /// <summary>Plans the cluster's first job on the example's cuda or cpu entry, as its image asks.</summary>
    private static JobPlan Plan(ClusterDefinition cluster)
    {
        var job = cluster.Jobs[0];
        return ClusterCases.Plan(cluster, job, job.Image.Acceleration == "cuda" ? ClusterCases.Cuda : ClusterCases.Cpu);
    }

    [Fact]
    public void Rule_ids_are_unique_and_in_the_route_block()
    {
        var ids = ClusterTargetRules.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture), 1230, 1249));
        Assert.Empty(ids.Intersect(ClusterRules.All.Select(r => r.Id)));
    }
}
