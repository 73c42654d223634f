using ContainerKit.Model;

namespace ContainerKit.Clusters.Planning;

/// <summary>
/// A job fully resolved for one cluster: everything a renderer (sbatch, manifest, runai command, EDF) or a
/// submitter needs, decided once by <see cref="JobPlanner"/>. Renderers never re-derive it.
/// </summary>
public sealed record JobPlan
{
    /// <summary>The cluster.</summary>
    public required ClusterDefinition Cluster { get; init; }

    /// <summary>The job as declared.</summary>
    public required Job Job { get; init; }

    /// <summary>The job's name on the scheduler: prefix, project and job, e.g. <c>research-project-train</c>.</summary>
    public required string ScheduledName { get; init; }

    /// <summary>The environment entry and local image.</summary>
    public required JobEntry Entry { get; init; }

    /// <summary>The image as the cluster's runtime reads it: a local tag (Docker), a registry reference, or an image file path.</summary>
    public required string Image { get; init; }

    /// <summary>The resources with the cluster's defaults applied.</summary>
    public required JobResources Resources { get; init; }

    /// <summary>Nodes.</summary>
    public int Nodes => Job.Layout.Nodes;

    /// <summary>Tasks per node.</summary>
    public int TasksPerNode => Job.Layout.TasksPerNode;

    /// <summary>The container's environment variables, sorted by name (no secret values, only their paths).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; }

    /// <summary>The project folder on the cluster, bind-mounted at <see cref="WorkingDirectory"/>.</summary>
    public required string ProjectFolder { get; init; }

    /// <summary>The working directory inside the container: the project (PROJECT_ROOT_AT).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The entry's declared mounts this job sees (<see cref="Job.Mounts"/>), host paths resolved on the cluster.</summary>
    public required IReadOnlyList<ResolvedMount> Mounts { get; init; }

    /// <summary>The secrets, each mounted read-only at its path.</summary>
    public IReadOnlyList<SecretReference> Secrets => Job.Secrets;

    /// <summary>The command the entrypoint runs.</summary>
    public required IReadOnlyList<string> Command { get; init; }
}
