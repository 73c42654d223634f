using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;

namespace ContainerKit.IntegrationTests.Clusters;

/// <summary>
/// Issue 14 on the real single-node Slurm cluster TestCluster provisions: jobs of a scratch repository's clusters
/// (build/Clusters/) submitted through the host run the environment's image built in the run's namespace, with the
/// Docker runtime (the local daemon) and the Podman runtime (pulling from the loopback registry). Every job name
/// starts with the run's namespace; the tests cancel only those jobs.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class SlurmJobTests(EngineFixture engine) : IAsyncLifetime
{
    /// <summary>The environment: the test base with Debian's Python, able to install the mounted project (setuptools).</summary>
    internal static readonly string Environment = ScratchRepository.Definition("ClusterEnvironment", "it-cluster", "containerkit-it/cluster",
        TestEngineProvisioner.BaseImage, """public override AptPackages BaseApt => ["python3", "python3-venv", "python3-setuptools", "python3-wheel"];""",
        """public override IReadOnlyList<Mount> Mounts => [Mount.Dataset("data", "/data").WithVariable("DATA_DIR"), Mount.Output("results", "/results")];""");

    /// <summary>The clusters: <c>docker</c> (local daemon) and <c>podman</c> (loopback registry).</summary>
    private const string Clusters = """
        using ContainerKit.Clusters;

        namespace ItClusters;

        public sealed class DockerCluster : SlurmCluster
        {
            public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Docker;

            public override JobResources Defaults => new() { Cpus = 1, Memory = MemorySize.Megabytes(256), Time = TimeSpan.FromMinutes(10) };

            public override IReadOnlyList<Job> Jobs =>
            [
                new UnattendedJob("run") { Command = ["true"] },
                new DistributedJob("pair", nodes: 1, tasksPerNode: 2) { Command = ["python3", "-c", "import os; print('task', os.environ['SLURM_PROCID'])"] },
            ];
        }

        public sealed class PodmanCluster : SlurmCluster
        {
            public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Podman;

            public override SlurmImageSource ImageSource => SlurmImageSource.Registry("127.0.0.1:5000");

            public override JobResources Defaults => new() { Cpus = 1, Memory = MemorySize.Megabytes(256), Time = TimeSpan.FromMinutes(10) };

            public override IReadOnlyList<Job> Jobs => [new UnattendedJob("run") { Command = ["true"] }];
        }

        """;

    private readonly ScratchRepository _repository = new();

    private string JobPrefix => engine.Namespace.Name + "-it-cluster-";

    public async Task InitializeAsync()
    {
        // The package is named: setuptools' flat-layout discovery would also find artifacts/ and refuse to build.
        Write("pyproject.toml", "[project]\nname = \"it-cluster\"\nversion = \"0.1\"\n[tool.setuptools]\npackages = [\"it_cluster\"]\n"
            + "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n");
        Write("it_cluster/__init__.py", "ANSWER = 42\n");
        Write("data/hello.txt", "hello from the dataset\n");
        Write("build/Clusters/ItClusters.cs", Clusters);
        Write(".gitignore", "artifacts/\n*.egg-info/\nresults/\n");
        await _repository.CommitAsync("cluster.env.csx", Environment);
        await _repository.GitAsync("add", "-A");
        await _repository.GitAsync("-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "project and clusters");
        var build = await RunAsync("BuildGeneric");
        Assert.True(build.Exit == 0, build.Log);
    }

    [Fact]
    public async Task An_unattended_job_streams_its_output_and_its_exit_code_comes_back_through_wait()
    {
        var answer = await RunAsync("Submit", "--cluster", "docker", "--command", "python3 -c 'print(6*7)'", "--wait");
        var three = await RunAsync("Submit", "--cluster", "docker", "--command", "sh -c 'echo before; echo to-stderr >&2; exit 3'", "--wait");

        Assert.True(answer.Exit == 0, answer.Log);
        Assert.Equal("42\n", answer.StandardOutput);
        Assert.Matches($@"submitted job \d+: {JobPrefix}run \(", answer.Log);
        Assert.Equal(3, three.Exit);
        Assert.Equal("before\n", three.StandardOutput);
        Assert.Contains("to-stderr", three.Log, StringComparison.Ordinal);
        Assert.Contains("FAILED", three.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_declared_mounts_are_visible_inside_the_job()
    {
        var job = await RunAsync("Submit", "--cluster", "docker", "--wait", "--command",
            "sh -c 'cat \"$DATA_DIR/hello.txt\"; touch /data/written 2>/dev/null || echo read-only; echo written > /results/out.txt'");

        Assert.True(job.Exit == 0, job.Log);
        Assert.Equal("hello from the dataset\nread-only\n", job.StandardOutput);
        Assert.False(File.Exists(Path.Combine(_repository.Root, "data", "written")));
        Assert.Equal("written\n", File.ReadAllText(Path.Combine(_repository.Root, "results", "out.txt")));
    }

    [Fact]
    public async Task Jobs_lists_this_projects_jobs_and_CancelJob_cancels_only_them()
    {
        var submitted = await RunAsync("Submit", "--cluster", "docker", "--command", "sleep 300");
        Assert.True(submitted.Exit == 0, submitted.Log);
        var id = submitted.StandardOutput.Trim();
        Assert.Matches(@"^\d+$", id);

        var listed = await RunAsync("Jobs", "--cluster", "docker");

        Assert.True(listed.Exit == 0, listed.Log);
        var lines = listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches($@"^\d+\t{JobPrefix}(run|pair)\t[A-Z_]+\t", l));
        Assert.Matches($@"^{id}\t{JobPrefix}run\t(PENDING|RUNNING)\t", Assert.Single(lines, l => l.StartsWith(id + "\t", StringComparison.Ordinal)));

        var foreign = await RunAsync("CancelJob", "--cluster", "docker", "--id", "999999999");
        var cancelled = await RunAsync("CancelJob", "--cluster", "docker", "--id", id);

        Assert.Equal(1, foreign.Exit);
        Assert.Contains("CK3103", foreign.Log, StringComparison.Ordinal);
        Assert.True(cancelled.Exit == 0, cancelled.Log);
        Assert.Equal("CANCELLED", await EventuallyAsync(async () => (await JobsAsync()).GetValueOrDefault(id), "CANCELLED"));
        Assert.Equal("", await EventuallyAsync(async () => (string?)await DockerAsync("ps", "-a", "--filter", $"name={JobPrefix}", "--format", "{{.Names}}"), ""));
    }

    [Fact]
    public async Task A_two_task_job_with_the_per_node_setting_installs_the_project_once()
    {
        var pair = await RunAsync("Submit", "--cluster", "docker", "--job", "pair", "--wait");

        Assert.True(pair.Exit == 0, pair.Log);
        Assert.Equal(["task 0", "task 1"], pair.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.Equal(1, Count(pair.Log, "Installing the project at /project/it-cluster"));
        Assert.Equal(1, Count(pair.Log, "Checking that the package 'it_cluster' imports"));
        Assert.Equal(1, Count(pair.Log, "Slurm local task 1: the setup runs once per node, skipping it here."));
    }

    [Fact]
    public async Task A_job_whose_image_is_not_where_the_cluster_takes_it_fails_with_a_clear_diagnostic_and_submits_nothing()
    {
        var jobs = await JobsAsync();
        var unbuilt = await RunAsync("Submit", "--cluster", "docker", "--command", "true", "--revision", "never-built");
        // A revision nobody pushed: the registry repository may hold the run's latest images from another test.
        var unpushed = await RunAsync("Submit", "--cluster", "podman", "--command", "true", "--revision", "never-pushed");

        Assert.Equal(1, unbuilt.Exit);
        Assert.Contains("CK3102", unbuilt.Log, StringComparison.Ordinal);
        Assert.Contains($"{engine.Namespace.Name}/containerkit-it/cluster:amd64-cpu-run-never-built-root", unbuilt.Log, StringComparison.Ordinal);
        Assert.Contains("./build.sh BuildGeneric --environment it-cluster --platform amd64 --acceleration cpu", unbuilt.Log, StringComparison.Ordinal);
        Assert.Equal(1, unpushed.Exit);
        Assert.Contains("CK3102", unpushed.Log, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:5000/{engine.Namespace.Name}/containerkit-it/cluster:amd64-cpu-run-never-pushed-root", unpushed.Log, StringComparison.Ordinal);
        Assert.Contains("./build.sh PushGeneric --registry 127.0.0.1:5000", unpushed.Log, StringComparison.Ordinal);
        Assert.Equal(jobs.Keys.Order(), (await JobsAsync()).Keys.Order());
    }

    [Fact]
    public async Task The_Podman_runtime_runs_a_job_pulled_from_the_loopback_registry()
    {
        var push = await RunAsync("PushGeneric", "--registry", TestEngineProvisioner.RegistryAddress);
        Assert.True(push.Exit == 0, push.Log);

        var answer = await RunAsync("Submit", "--cluster", "podman", "--command", "sh -c 'python3 -c \"print(6*7)\"; exit 5'", "--wait");

        Assert.Equal(5, answer.Exit);
        Assert.Equal("42\n", answer.StandardOutput);
        Assert.Contains($"127.0.0.1:5000/{engine.Namespace.Name}/containerkit-it/cluster:amd64-cpu-run-latest-root", answer.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_clusters_jobs_a_missing_dataset_and_GPUs_on_a_cpu_entry_exit_2_and_write_or_submit_nothing()
    {
        var jobs = await JobsAsync();
        var rendered = await RunAsync("RenderJobs");
        Assert.True(rendered.Exit == 0, rendered.Log);
        var batch = Path.Combine(_repository.Root, "artifacts", "jobs", "docker", "run.sbatch");
        var before = File.ReadAllText(batch);
        Write("build/Clusters/GpuCluster.cs", Clusters.Replace("namespace ItClusters;", "namespace ItGpu;", StringComparison.Ordinal)
            .Replace("class DockerCluster", "class DockerGpuCluster", StringComparison.Ordinal)
            .Replace("class PodmanCluster", "class PodmanGpuCluster", StringComparison.Ordinal)
            .Replace("new UnattendedJob(\"run\") { Command", "new UnattendedJob(\"run\") { Resources = new() { Gpus = 1 }, Command", StringComparison.Ordinal));
        File.WriteAllText(batch, before + "# marker\n");

        var unknownCluster = await RunAsync("Submit", "--cluster", "dockr", "--command", "true");
        var unknownJob = await RunAsync("Submit", "--cluster", "docker", "--job", "runn", "--command", "true");
        var gpus = await RunAsync("RenderJobs");
        Directory.Delete(Path.Combine(_repository.Root, "data"), recursive: true);
        var noDataset = await RunAsync("Submit", "--cluster", "docker", "--command", "true");

        Assert.Equal(2, unknownCluster.Exit);
        Assert.Contains("CK1200", unknownCluster.Log, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'docker'?", unknownCluster.Log, StringComparison.Ordinal);
        Assert.Equal(2, unknownJob.Exit);
        Assert.Contains("CK1201", unknownJob.Log, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'run'?", unknownJob.Log, StringComparison.Ordinal);
        Assert.Equal(2, gpus.Exit);
        Assert.Contains("CK1206", gpus.Log, StringComparison.Ordinal);
        Assert.Contains("DockerGpuCluster.Jobs[run].Resources", gpus.Log, StringComparison.Ordinal);
        Assert.Equal(before + "# marker\n", File.ReadAllText(batch));
        Assert.Equal(2, noDataset.Exit);
        Assert.Contains("CK1058", noDataset.Log, StringComparison.Ordinal);
        Assert.Contains("dataset mount at /data does not exist", noDataset.Log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_repository.Root, "artifacts", "jobs", "docker-gpu")));
        Assert.Equal(jobs.Keys.Order(), (await JobsAsync()).Keys.Order());
    }

    public async Task DisposeAsync()
    {
        // Only this run's jobs (their names start with its namespace), then the images podman pulled for it.
        foreach (var (id, _) in (await JobsAsync()).Where(j => j.Value is "PENDING" or "RUNNING"))
        {
            await RunAsync("CancelJob", "--cluster", "docker", "--id", id);
        }
        var pulled = await OutputAsync("podman", "images", "--format", "{{.Repository}}:{{.Tag}}");
        foreach (var image in pulled.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(engine.Namespace.Owns))
        {
            await OutputAsync("podman", "rmi", "--force", image);
        }
        _repository.Dispose();
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_repository.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Task<(int Exit, string StandardOutput, string Log)> RunAsync(params string[] arguments) =>
        TargetHost.RunSeparatedAsync(engine, _repository.Root, [.. arguments, "--definition", "cluster.env.csx"]);

    /// <summary>This run's jobs (Jobs' stdout): id to state.</summary>
    private async Task<Dictionary<string, string>> JobsAsync()
    {
        var listed = await RunAsync("Jobs", "--cluster", "docker");
        Assert.True(listed.Exit == 0, listed.Log);
        return listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[2]);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    private static Task<string> DockerAsync(params string[] arguments) => OutputAsync("docker", arguments);

    private static async Task<string> OutputAsync(string program, params string[] arguments)
    {
        var output = new StringWriter();
        await ProcessRunner.RunAsync(program, arguments, Path.GetTempPath(), new Dictionary<string, string>(), output, CancellationToken.None);
        return output.ToString().Trim();
    }

    /// <summary>Polls <paramref name="read"/> (every half second, up to 60 s) until it gives <paramref name="wanted"/>; returns the last value.</summary>
    private static async Task<string?> EventuallyAsync(Func<Task<string?>> read, string wanted)
    {
        string? value = null;
        for (var i = 0; i < 120 && (value = await read()) != wanted; i++)
        {
            await Task.Delay(500);
        }
        return value;
    }
}
