using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Clusters.Rendering;
using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Emulation;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Kubernetes;
using ContainerKit.Docker.Scheduling;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Targets.Host;
using ContainerKit.Targets.Matrix;
using ContainerKit.Validation;

namespace ContainerKit.Targets;

/// <summary>Cluster targets (issue 14): render job files, submit, list and cancel jobs.</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Rendered job files live under this folder of the root directory, one folder per cluster.</summary>
    public const string JobsFolder = "artifacts/jobs";

    /// <summary>Submitted batch scripts and their output, one folder per cluster.</summary>
    public const string SubmittedJobsFolder = "artifacts/submitted-jobs";

    /// <summary>The scheduler's id of a job (CancelJob).</summary>
    [Parameter("CancelJob: the scheduler's id of the job to cancel (Jobs lists them; on Kubernetes and Run:ai the job's name)")]
    public string? Id { get; set; }

    /// <summary>Wait for a submitted job, streaming its output.</summary>
    [Parameter("Submit: wait for the job, stream its output on stdout and exit with its exit code (the job id goes to stderr)")]
    public bool Wait { get; set; }

    /// <summary>Renders every job of every (or the selected) cluster.</summary>
    public Target RenderJobs => _ => _
        .Description("Write artifacts/jobs/<cluster>/<job>.{sbatch,yaml,sh,toml} for the jobs of build/Clusters/ (--cluster: one cluster), with the generic images")
        .DependsOn(Render)
        .Executes(() =>
        {
            var clusters = LoadClusters();
            var selected = Cluster is null ? clusters : [FindCluster(clusters, Cluster)];
            // Everything is planned and rendered before anything is written: an invalid job leaves every folder as it was.
            var rendered = selected.Select(cluster => (cluster, files: cluster.Jobs.SelectMany(job =>
                JobRenderers.Render(PlanJob(cluster, job, GenericImage(EntryOf(cluster, job), job), Command))).ToList())).ToList();
            foreach (var (cluster, files) in rendered)
            {
                var folder = Path.Combine(RootDirectory, JobsFolder, cluster.Name);
                ReplaceFolder(folder, files);
                Output.WriteLine($"wrote {Path.GetRelativePath(RootDirectory, folder)}/: {(files.Count == 0 ? "no files" : string.Join(", ", files.Select(f => f.FileName)))}");
            }
            // Rendering every cluster also drops the folders of clusters that no longer exist.
            var root = Path.Combine(RootDirectory, JobsFolder);
            foreach (var stale in Cluster is null && Directory.Exists(root) ? Directory.GetDirectories(root) : [])
            {
                var name = Path.GetFileName(stale);
                if (name.StartsWith('.') || clusters.Any(c => c.Name == name)) continue;
                Directory.Delete(stale, recursive: true);
                Output.WriteLine($"removed {Path.GetRelativePath(RootDirectory, stale)}/ (no cluster of that name)");
            }
        });

    /// <summary>Submits a job.</summary>
    public Target Submit => _ => _
        .Description("Submit --job (default the cluster's unattended job running --command) to --cluster and print its id; --wait streams its output and exits with its exit code")
        .DependsOn(Render)
        .Requires(() => Cluster)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var cluster = FindCluster(LoadClusters(), Cluster!);
            var job = FindJob(cluster, Job);
            var folder = EntryOf(cluster, job);
            var image = job.UsesDevelopmentImage
                ? await ChooseImageAsync(engine, folder, ImageRoles.Dev, ImageRoles.DevUser, ct)
                : await ChooseImageAsync(engine, folder, ImageRoles.Run, ImageRoles.RunUser, ct);
            var plan = PlanJob(cluster, job, (folder, image), Command);
            CheckDatasets(plan);
            await CheckImageAsync(engine, plan, folder, isUserImage: image != GenericImage(folder, job).Image, ct);
            await (plan.Cluster is KubernetesCluster ? SubmitKubernetesAsync(plan, ct) : SubmitSlurmAsync(plan, ct));
        }, ct));

    /// <summary>Lists this project's jobs on a cluster.</summary>
    public Target Jobs => _ => _
        .Description("List this project's jobs on --cluster (id, name, state, elapsed), one per line on stdout")
        .Requires(() => Cluster)
        .Executes(async ct =>
        {
            var cluster = FindCluster(LoadClusters(), Cluster!);
            if (cluster is KubernetesCluster kubernetes)
            {
                await ListKubernetesJobsAsync(kubernetes, ct);
                return;
            }
            RequireSlurm(cluster, nameof(Jobs));
            foreach (var job in await ProjectJobsAsync(ct))
            {
                StandardOutput.WriteLine($"{job.Id}\t{job.Name}\t{job.State}\t{job.Elapsed}");
            }
        });

    /// <summary>Cancels one of this project's jobs.</summary>
    public Target CancelJob => _ => _
        .Description("Cancel the job --id of this project on --cluster")
        .Requires(() => Cluster)
        .Requires(() => Id)
        .Executes(async ct =>
        {
            var cluster = FindCluster(LoadClusters(), Cluster!);
            if (cluster is KubernetesCluster kubernetes)
            {
                await CancelKubernetesJobAsync(kubernetes, Id!, ct);
                return;
            }
            RequireSlurm(cluster, nameof(CancelJob));
            var jobs = await ProjectJobsAsync(ct);
            var job = jobs.FirstOrDefault(j => j.Id == Id)
                ?? throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.UnknownJobId, "--id", $"no job of this project on cluster '{cluster.Name}' has that id (jobs: {(jobs.Count == 0 ? "none" : string.Join(", ", jobs.Select(j => j.Id)))})", Id);
            await new SlurmScheduler(Output).CancelAsync(job.Id, ct);
            Output.WriteLine($"cancelled job {job.Id} ({job.Name}, was {job.State})");
        });

    /// <summary>The prefix of every scheduler job name of this build: the image namespace (slashes as dashes) and a dash, or nothing.</summary>
    protected string JobNamePrefix => ImageNamespace is { Length: > 0 } ns ? ns.Replace('/', '-') + "-" : "";

    private async Task<IReadOnlyList<ScheduledJob>> ProjectJobsAsync(CancellationToken cancellationToken)
    {
        var prefixes = LoadEnvironments().Select(e => JobNamePrefix + e.Project.Name + "-").Distinct().ToList();
        return (await new SlurmScheduler(Output).ListAsync(cancellationToken)).Where(j => prefixes.Any(p => j.Name.StartsWith(p, StringComparison.Ordinal))).ToList();
    }

    private static void RequireSlurm(ClusterDefinition cluster, string target)
    {
        if (cluster is not SlurmCluster)
        {
            throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.SchedulerUnavailableId, "--cluster", $"{target} on a {cluster.GetType().BaseType?.Name} is not supported yet", cluster.Name);
        }
    }

    /// <summary>
    /// The one rendered entry a job runs: the job's own image settings within the command line's selection, narrowed to
    /// the machine's platform when they span several and neither the job nor --platform names one (said on stderr); else CK1211.
    /// </summary>
    private RenderedFolder EntryOf(ClusterDefinition cluster, Job job)
    {
        var wanted = job.Image;
        var environments = LoadEnvironments();
        bool Matches(RenderedFolder folder)
        {
            var definition = environments.FirstOrDefault(e => e.Name == folder.Manifest.Environment);
            return (wanted.Environment is null || string.Equals(wanted.Environment, folder.Manifest.Environment, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(wanted.Environment, definition?.GetType().Name, StringComparison.OrdinalIgnoreCase))
                && (wanted.Platform is null || string.Equals(wanted.Platform, folder.Manifest.Platform, StringComparison.OrdinalIgnoreCase))
                && (wanted.Acceleration is null || string.Equals(wanted.Acceleration, folder.Manifest.Acceleration, StringComparison.OrdinalIgnoreCase));
        }
        var (candidates, note) = NativePlatformSelection.Narrow(RenderedEntries().Where(Matches).ToList(), f => f.Manifest.Platform,
            PlatformFilter.Length > 0 || wanted.Platform is not null, BinfmtHandlers.NativePlatform);
        if (note is not null) Output.WriteLine($"{cluster.Name}/{job.Name}: {note}");
        if (candidates.Count == 1) return candidates[0];
        var described = string.Join(", ", RenderedEntries().Select(f => $"{f.Manifest.Environment}/{f.Manifest.Entry}"));
        throw new DiagnosticException(ClusterRules.ImageSelection.At($"{cluster.GetType().Name}.Jobs[{job.Name}].Image",
            candidates.Count == 0
                ? $"no selected entry matches the job's image (selected: {(described.Length == 0 ? "none" : described)})"
                : $"the job's image matches {candidates.Count} entries: {string.Join(", ", candidates.Select(f => $"{f.Manifest.Environment}/{f.Manifest.Entry}"))}",
            $"environment={wanted.Environment ?? "*"} platform={wanted.Platform ?? "*"} acceleration={wanted.Acceleration ?? "*"}"));
    }

    private (RenderedFolder Folder, string Image) GenericImage(RenderedFolder folder, Job job) =>
        (folder, ImageTagTemplate.Expand(folder.Manifest.Image(job.UsesDevelopmentImage ? ImageRoles.Dev : ImageRoles.Run).TagTemplates[0], Revision ?? "latest", null));

    /// <summary>The plan of <paramref name="job"/> running <paramref name="image"/> of the entry; validation errors are CK12xx.</summary>
    private JobPlan PlanJob(ClusterDefinition cluster, Job job, (RenderedFolder Folder, string Image) image, IReadOnlyList<string> command)
    {
        var manifest = image.Folder.Manifest;
        var project = LoadEnvironments().First(e => e.Name == manifest.Environment).Project;
        var projectFolder = cluster.ProjectFolder ?? RootDirectory;
        var entry = JobEntry.From(image.Folder.Entry, project, image.Image, projectFolder);
        return JobPlanner.Plan(cluster, job, entry, new JobPlanOptions(projectFolder)
        {
            Command = command.Count == 1 ? ShellWords.Split(command[0]) : command,
            NamePrefix = JobNamePrefix,
        });
    }

    /// <summary>
    /// CK1058, as Run, for a read-only mount whose host folder is missing, when the project folder is this checkout's
    /// (a cluster on this machine or a shared file system); writable ones are created by the batch script.
    /// </summary>
    private void CheckDatasets(JobPlan plan)
    {
        if (plan.Cluster.ProjectFolder is not null) return;
        var missing = plan.Mounts.Where(m => m.ReadOnly && !m.IsVolume && !Path.Exists(m.Source))
            .Select(m => DefinitionRules.MountMissing.At($"{plan.Entry.Environment}/{plan.Entry.Entry} Mounts",
                $"the host path of the {m.Kind.ToString().ToLowerInvariant()} mount at {m.Target} does not exist", m.Source))
            .ToList();
        if (missing.Count > 0) throw new DiagnosticException(missing);
    }

    /// <summary>CK3102 unless the image is where the cluster takes it from: the local daemon, or the registry.</summary>
    private async Task CheckImageAsync(IContainerEngine engine, JobPlan plan, RenderedFolder folder, bool isUserImage, CancellationToken cancellationToken)
    {
        var selection = $"--environment {folder.Manifest.Environment} --platform {folder.Manifest.Platform} --acceleration {folder.Manifest.Acceleration}"
            + (ImageNamespace is null ? "" : $" --image-namespace {ImageNamespace}");
        switch (plan.Cluster)
        {
            case SlurmCluster { ImageSource: LocalDaemonImageSource }:
                if (await engine.InspectImageAsync(plan.Image, cancellationToken) is null)
                {
                    throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.ImageNotAvailableId, $"{plan.Cluster.GetType().Name}.Jobs[{plan.Job.Name}]",
                        "the job's image is not in the local Docker daemon the cluster runs it from", plan.Image, $"run ./build.sh BuildGeneric {selection}");
                }
                break;
            case SlurmCluster { ImageSource: RegistryImageSource registry }:
                await CheckRegistryAsync(plan, registry.Address, isUserImage ? $"PushUser --registry {registry.Address} {selection}" : $"PushGeneric --registry {registry.Address} {selection}", cancellationToken);
                break;
            case KubernetesCluster kubernetes:
                await CheckRegistryAsync(plan, kubernetes.Registry, $"PushGeneric --registry {kubernetes.Registry} {selection}", cancellationToken);
                break;
        }
    }

    private async Task CheckRegistryAsync(JobPlan plan, string registry, string pushTarget, CancellationToken cancellationToken)
    {
        switch (await RegistryImageProbe.ExistsAsync(plan.Image, cancellationToken))
        {
            case false:
                throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.ImageNotAvailableId, $"{plan.Cluster.GetType().Name}.Jobs[{plan.Job.Name}]",
                    $"the job's image is not in the registry {registry} the cluster pulls it from", plan.Image, $"run ./build.sh {pushTarget}");
            case null:
                Output.WriteLine($"cannot tell whether {registry} has {plan.Image} (unreachable or credentials needed); submitting anyway");
                break;
        }
    }

    private async Task SubmitSlurmAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        RequireSlurm(plan.Cluster, nameof(Submit));
        var batch = JobRenderers.Render(plan).FirstOrDefault(f => f.FileName.EndsWith(SlurmBatchRenderer.Extension, StringComparison.Ordinal))
            ?? throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.SubmitFailedId, plan.Cluster.GetType().Name, $"no batch script renders for the {((SlurmCluster)plan.Cluster).Runtime} runtime yet", plan.Cluster.Name);
        var folder = Path.Combine(RootDirectory, SubmittedJobsFolder, plan.Cluster.Name);
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, $"{plan.ScheduledName}-{Guid.NewGuid().ToString("N")[..8]}{SlurmBatchRenderer.Extension}");
        AtomicFile.WriteAllText(script, batch.Text);
        var scheduler = new SlurmScheduler(Output);
        string LogFile(string id, string extension) => Path.Combine(folder, $"{plan.ScheduledName}-{id}.{extension}");
        var id = await scheduler.SubmitAsync(script, plan.ProjectFolder, LogFile("%j", "out"), LogFile("%j", "err"), cancellationToken);
        if (!Wait)
        {
            Output.WriteLine($"submitted {plan.ScheduledName} ({plan.Image}) to {plan.Cluster.Name}; ./build.sh Jobs --cluster {plan.Cluster.Name} lists it");
            StandardOutput.WriteLine(id);
            return;
        }
        Output.WriteLine($"submitted job {id}: {plan.ScheduledName} ({plan.Image}) to {plan.Cluster.Name}");
        if (plan.Job is RemoteDevelopmentJob development)
        {
            Output.WriteLine($"when it runs: ssh -N -L {development.SshPort}:<node>:{development.SshPort} <login node>, then ssh -p {development.SshPort} localhost (squeue -j {id} -o %N shows the node)");
        }
        var exit = await scheduler.WaitAsync(id, LogFile(id, "out"), LogFile(id, "err"), StandardOutput, Output, cancellationToken);
        if (exit != 0) throw new TargetExitException(exit, $"job {id} exited with {exit}");
    }

    /// <summary>Replaces <paramref name="folder"/> by one holding exactly <paramref name="files"/>: written beside it, then swapped in.</summary>
    private static void ReplaceFolder(string folder, IReadOnlyList<JobFile> files)
    {
        var parent = Path.GetDirectoryName(folder)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        foreach (var file in files)
        {
            var path = Path.Combine(staging, file.FileName);
            File.WriteAllText(path, file.Text);
            if (file.Executable && !OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        var old = staging + ".old";
        if (Directory.Exists(folder)) Directory.Move(folder, old);
        Directory.Move(staging, folder);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
