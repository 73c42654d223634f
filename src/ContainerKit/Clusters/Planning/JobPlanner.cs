using System.Globalization;
using ContainerKit.Definitions;
using ContainerKit.Diagnostics;

namespace ContainerKit.Clusters.Planning;

/// <summary>
/// Resolves a job of a cluster against the entry it runs: merges the cluster's default resources, sets the
/// entrypoint's variables, decides the image reference the runtime reads, and validates the result
/// (<see cref="JobValidator"/>). Pure: no I/O.
/// </summary>
public static class JobPlanner
{
    /// <summary>The plan of <paramref name="job"/> on <paramref name="cluster"/>.</summary>
    /// <exception cref="DiagnosticException">The job is invalid on this cluster (CK12xx); nothing is planned.</exception>
    public static JobPlan Plan(ClusterDefinition cluster, Job job, JobEntry entry, JobPlanOptions options)
    {
        var workingDirectory = job.Variables.ProjectRootAt ?? entry.ProjectRootAt;
        var plan = new JobPlan
        {
            Cluster = cluster,
            Job = job,
            ScheduledName = ScheduledName(options.NamePrefix, entry.ProjectName, job.Name),
            Entry = entry,
            Image = ImageFor(cluster, entry.LocalImage, options.ProjectFolder),
            Resources = job.Resources.Over(cluster.Defaults),
            Environment = Variables(job, entry),
            Mounts = [.. (entry.Mounts ?? []).Where(m => job.Mounts is null || job.Mounts.Contains(m.Target)).OrderBy(m => m.Target, StringComparer.Ordinal)],
            ProjectFolder = options.ProjectFolder,
            WorkingDirectory = workingDirectory,
            Command = options.Command.Count > 0 ? options.Command : job.Command,
        };
        var diagnostics = JobValidator.Validate(plan);
        if (diagnostics.Count > 0) throw new DiagnosticException(diagnostics);
        return plan;
    }

    /// <summary>The scheduler's job name: <c>&lt;prefix&gt;&lt;project&gt;-&lt;job&gt;</c>, so Jobs can tell this project's jobs apart.</summary>
    public static string ScheduledName(string prefix, string project, string job) => $"{prefix}{project}-{job}";

    private static string ImageFor(ClusterDefinition cluster, string localImage, string projectFolder) => cluster switch
    {
        SlurmCluster slurm => slurm.ImageSource switch
        {
            RegistryImageSource registry => InRegistry(localImage, registry.Address),
            ImageFileSource file => file.Path.StartsWith('/') ? file.Path : projectFolder.TrimEnd('/') + "/" + file.Path,
            _ => localImage,
        },
        KubernetesCluster kubernetes => InRegistry(localImage, kubernetes.Registry),
        _ => localImage,
    };

    private static string InRegistry(string localImage, string registry) =>
        ImageReference.TryParse(localImage)?.InRegistry(registry.TrimEnd('/')).ToString() ?? registry.TrimEnd('/') + "/" + localImage;

    private static IReadOnlyList<KeyValuePair<string, string>> Variables(Job job, JobEntry entry)
    {
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["PROJECT_NAME"] = entry.ProjectName,
            ["PACKAGE_NAME"] = entry.PackageName,
            ["PROJECT_ROOT_AT"] = entry.ProjectRootAt,
        };
        foreach (var mount in (entry.Mounts ?? []).Where(m => m.Variable is not null && (job.Mounts is null || job.Mounts.Contains(m.Target))))
        {
            variables[mount.Variable!] = mount.Target;
        }
        foreach (var (name, value) in job.Variables.Set()) variables[name] = value;
        foreach (var secret in job.Secrets) variables[secret.Variable] = secret.At;
        switch (job)
        {
            case DistributedJob { EntrypointScope: EntrypointScope.PerNode }:
                variables["SLURM_ONE_ENTRYPOINT_SCRIPT_PER_NODE"] = "1";
                break;
            case DistributedJob { EntrypointScope: EntrypointScope.PerJob }:
                variables["SLURM_ONE_ENTRYPOINT_SCRIPT_PER_JOB"] = "1";
                break;
            case RemoteDevelopmentJob development:
                variables["SSH_SERVER"] = "1";
                variables["SSH_CONTAINER_PORT"] = development.SshPort.ToString(CultureInfo.InvariantCulture);
                break;
        }
        return [.. variables];
    }
}
