using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Diagnostics;
using static ContainerKit.Tests.Clusters.ClusterCases;

namespace ContainerKit.Tests.Clusters;

/// <summary>What a planned job carries, and the CK12xx findings of invalid jobs (issue 14 §1 and §5).</summary>
public sealed class JobPlannerTests
{
    private static readonly SlurmImageSource Local = SlurmImageSource.LocalDaemon;

    [Fact]
    public void A_job_gets_the_project_variables_the_cluster_defaults_and_its_own_resources()
    {
        var cluster = new PodmanGpuCluster();

        var plan = Plan(cluster, cluster.Jobs[0], Cuda, prefix: "ck-it-1-");

        Assert.Equal("ck-it-1-research-project-train", plan.ScheduledName);
        Assert.Equal("registry.example.org/lab/example-lab/research-project:amd64-cuda-run-latest-root", plan.Image);
        Assert.Equal(new JobResources { Time = TimeSpan.FromHours(26), Cpus = 8, Memory = MemorySize.Gigabytes(64), Gpus = 2 }, plan.Resources);
        Assert.Equal("/project/research-project", plan.WorkingDirectory);
        Assert.Equal(
            ["DATA_DIR=/data", "HF_TOKEN_AT=/run/secrets/hf", "HYDRA_FULL_ERROR=1", "OUTPUT_DIR=/outputs", "PACKAGE_NAME=research_project", "PROJECT_NAME=research-project",
             "PROJECT_ROOT_AT=/project/research-project", "RUN_NOTE=it's a test", "WANDB_API_KEY_FILE_AT=/run/secrets/wandb"],
            plan.Environment.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void Secrets_are_paths_never_values()
    {
        var cluster = new PodmanGpuCluster();

        var plan = Plan(cluster, cluster.Jobs[0], Cuda);

        Assert.Equal(["/run/secrets/hf", "/run/secrets/wandb"], plan.Environment.Where(p => p.Key.EndsWith("_AT", StringComparison.Ordinal) && p.Key != "PROJECT_ROOT_AT").Select(p => p.Value));
        Assert.Equal(2, plan.Secrets.Count);
    }

    [Theory]
    [InlineData(EntrypointScope.PerNode, "SLURM_ONE_ENTRYPOINT_SCRIPT_PER_NODE")]
    [InlineData(EntrypointScope.PerJob, "SLURM_ONE_ENTRYPOINT_SCRIPT_PER_JOB")]
    public void A_distributed_job_sets_the_entrypoint_scope_variable(EntrypointScope scope, string variable)
    {
        var job = new DistributedJob("ddp", nodes: 2, tasksPerNode: 4) { EntrypointScope = scope, Command = ["python", "train.py"] };

        var plan = Plan(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.Contains(plan.Environment, p => p.Key == variable && p.Value == "1");
        Assert.DoesNotContain(plan.Environment, p => p.Key.StartsWith("SLURM_ONE_", StringComparison.Ordinal) && p.Key != variable);
        Assert.Equal((2, 4), (plan.Nodes, plan.TasksPerNode));
    }

    [Fact]
    public void Every_task_scope_sets_no_task_selection()
    {
        var job = new DistributedJob("ddp", 1, 2) { EntrypointScope = EntrypointScope.EveryTask, Command = ["true"] };

        var plan = Plan(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.DoesNotContain(plan.Environment, p => p.Key.StartsWith("SLURM_ONE_", StringComparison.Ordinal));
    }

    [Fact]
    public void A_remote_development_job_runs_sshd_in_the_dev_image_and_keeps_running()
    {
        var job = new RemoteDevelopmentJob("dev") { SshPort = 2299 };

        var plan = Plan(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.True(job.UsesDevelopmentImage);
        Assert.Contains(plan.Environment, p => p is { Key: "SSH_SERVER", Value: "1" });
        Assert.Contains(plan.Environment, p => p is { Key: "SSH_CONTAINER_PORT", Value: "2299" });
        Assert.Equal(["sleep", "infinity"], plan.Command);
        Assert.False(new RemoteDevelopmentJob("dev") { Image = new() { Development = false } }.UsesDevelopmentImage);
    }

    [Fact]
    public void The_command_line_command_replaces_the_jobs_own()
    {
        var job = new UnattendedJob("run") { Command = ["python", "a.py"] };

        var plan = Plan(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job, command: ["sh", "-c", "exit 3"]);

        Assert.Equal(["sh", "-c", "exit 3"], plan.Command);
    }

    [Theory]
    [InlineData("relative/image.sqsh", SlurmContainerRuntime.Pyxis, ProjectFolder + "/relative/image.sqsh")]
    [InlineData("/scratch/images/research.sif", SlurmContainerRuntime.Apptainer, "/scratch/images/research.sif")]
    public void An_image_file_is_read_from_the_cluster_relative_to_the_project(string path, SlurmContainerRuntime runtime, string expected)
    {
        var job = new UnattendedJob("run") { Command = ["true"] };

        var plan = Plan(new ConfigurableSlurmCluster(runtime, SlurmImageSource.File(path), job), job);

        Assert.Equal(expected, plan.Image);
    }

    [Fact]
    public void A_job_sees_the_entrys_declared_mounts_resolved_on_the_cluster_or_the_ones_it_lists()
    {
        var all = new UnattendedJob("all") { Command = ["true"] };
        var data = new UnattendedJob("data") { Mounts = ["/data"], Command = ["true"] };
        var cluster = new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, all, data);

        var allPlan = Plan(cluster, all);
        var dataPlan = Plan(cluster, data);

        Assert.Equal([$"{ProjectFolder}/data:/data:ro", $"{ProjectFolder}/outputs:/outputs"], allPlan.Mounts.Select(m => m.Bind));
        Assert.Contains(allPlan.Environment, p => p is { Key: "OUTPUT_DIR", Value: "/outputs" });
        Assert.Equal([$"{ProjectFolder}/data:/data:ro"], dataPlan.Mounts.Select(m => m.Bind));
        Assert.Contains(dataPlan.Environment, p => p is { Key: "DATA_DIR", Value: "/data" });
        Assert.DoesNotContain(dataPlan.Environment, p => p.Key == "OUTPUT_DIR");
    }

    [Fact]
    public void A_mount_the_entry_does_not_declare_is_CK1202()
    {
        var job = new UnattendedJob("run") { Mounts = ["/data", "/scratch"], Command = ["true"] };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        var finding = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1202", finding.Id);
        Assert.Equal("/scratch", finding.Value);
        Assert.Contains("(mounts: /data, /outputs)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GPUs_on_a_cpu_entry_are_CK1206()
    {
        var job = new UnattendedJob("train") { Resources = new() { Gpus = 1 }, Command = ["true"] };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        var finding = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1206", finding.Id);
        Assert.Equal("ConfigurableSlurmCluster.Jobs[train].Resources", finding.Location);
        Assert.Contains("cpu entry research/amd64-cpu", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("semi;colon")]
    [InlineData("a-name-that-is-much-too-long-for-a-slurm-job-name-in-containerkit-xx")]
    public void An_invalid_Slurm_job_name_is_CK1203(string name)
    {
        var job = new UnattendedJob(name) { Command = ["true"] };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.Contains(error.Diagnostics, d => d.Id == "CK1203" && d.Value == name);
    }

    [Theory]
    [InlineData("Train")]
    [InlineData("train_small")]
    [InlineData("train.small")]
    public void A_Kubernetes_job_name_that_is_not_DNS_1123_is_CK1204(string name)
    {
        var job = new UnattendedJob(name) { Command = ["true"] };

        var error = Refused(new TestKubernetesCluster(), job);

        Assert.Contains(error.Diagnostics, d => d.Id == "CK1204" && d.Value == name);
    }

    [Theory]
    [InlineData(0, null, null, null)]
    [InlineData(null, 0L, null, null)]
    [InlineData(null, null, 65, null)]
    [InlineData(null, null, null, 0.5)]
    public void Resources_out_of_range_are_CK1205(int? cpus, long? memoryMebibytes, int? gpus, double? minutes)
    {
        var job = new UnattendedJob("run")
        {
            Resources = new()
            {
                Cpus = cpus, Memory = memoryMebibytes is { } m ? MemorySize.Megabytes(m) : null, Gpus = gpus,
                Time = minutes is { } t ? TimeSpan.FromMinutes(t) : null,
            },
            Command = ["true"],
        };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job, Cuda);

        Assert.Equal("CK1205", Assert.Single(error.Diagnostics).Id);
    }

    [Fact]
    public void A_distributed_job_of_zero_tasks_is_CK1205()
    {
        var job = new DistributedJob("ddp", nodes: 0, tasksPerNode: 2) { Command = ["true"] };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.Contains(error.Diagnostics, d => d.Id == "CK1205" && d.Location.EndsWith(".Nodes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("WANDB KEY", "~/.secrets/wandb", "/run/secrets/wandb")]
    [InlineData("WANDB_API_KEY_FILE_AT", "secrets/wandb", "/run/secrets/wandb")]
    [InlineData("WANDB_API_KEY_FILE_AT", "~/.secrets/wandb", "run/secrets/wandb")]
    public void A_malformed_secret_reference_is_CK1208(string variable, string hostPath, string at)
    {
        var job = new UnattendedJob("run") { Secrets = [SecretReference.File(variable, hostPath, at)], Command = ["true"] };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.Equal("CK1208", Assert.Single(error.Diagnostics).Id);
    }

    [Fact]
    public void A_Kubernetes_secret_on_a_Slurm_cluster_is_CK1208()
    {
        var job = new UnattendedJob("run") { Secrets = [SecretReference.Kubernetes("HF_TOKEN_AT", "hf-token", "token", "/run/secrets/hf")], Command = ["true"] };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.Equal("CK1208", Assert.Single(error.Diagnostics).Id);
    }

    [Theory]
    [InlineData(SlurmContainerRuntime.Podman, "local")]
    [InlineData(SlurmContainerRuntime.Docker, "image.sqsh")]
    [InlineData(SlurmContainerRuntime.Pyxis, "local")]
    [InlineData(SlurmContainerRuntime.Pyxis, "image.sif")]
    [InlineData(SlurmContainerRuntime.Apptainer, "image.sqsh")]
    public void An_image_source_the_runtime_cannot_read_is_CK1209(SlurmContainerRuntime runtime, string source)
    {
        var job = new UnattendedJob("run") { Command = ["true"] };
        var imageSource = source == "local" ? Local : SlurmImageSource.File("/images/" + source);

        var error = Refused(new ConfigurableSlurmCluster(runtime, imageSource, job), job);

        Assert.Equal("CK1209", Assert.Single(error.Diagnostics).Id);
    }

    [Fact]
    public void A_job_without_a_command_is_CK1210()
    {
        var job = new UnattendedJob("run");

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job), job);

        Assert.Equal("CK1210", Assert.Single(error.Diagnostics).Id);
    }

    [Fact]
    public void A_partition_that_is_not_a_plain_word_is_CK1212()
    {
        var job = new UnattendedJob("run") { Command = ["true"] };

        var error = Refused(new ConfigurableSlurmCluster(SlurmContainerRuntime.Docker, Local, job) { PartitionValue = "gpu --qos=high" }, job);

        Assert.Equal("CK1212", Assert.Single(error.Diagnostics).Id);
    }

    [Fact]
    public void Rule_ids_are_unique_and_in_the_issue_14_block()
    {
        var ids = ClusterRules.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture), 1200, 1229));
    }

    private static DiagnosticException Refused(ClusterDefinition cluster, Job job, JobEntry? entry = null) =>
        Assert.Throws<DiagnosticException>(() => Plan(cluster, job, entry));
}
