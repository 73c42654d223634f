namespace ContainerKit.Clusters;

/// <summary>
/// A Run:ai cluster: jobs render as a <c>runai submit</c> command (submitted by the runai CLI when it is
/// installed) and, in manifest form, as a plain <c>batch/v1</c> Job with Run:ai's scheduler name and project label.
/// </summary>
public abstract class RunaiCluster : KubernetesCluster
{
    /// <summary>The Run:ai project (<c>runai submit --project</c>).</summary>
    public abstract string Project { get; }

    /// <inheritdoc />
    public override string Namespace => $"runai-{Project}";

    /// <inheritdoc />
    public override string? SchedulerName => "runai-scheduler";

    /// <inheritdoc />
    public override KeyValuePair<string, string>? ProjectLabel => new("project", Project);
}
