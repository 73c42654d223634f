namespace ContainerKit.Clusters.Planning;

/// <summary>What the command line adds to a job's plan.</summary>
/// <param name="ProjectFolder">The project folder on the cluster (bind-mounted at PROJECT_ROOT_AT), absolute.</param>
public sealed record JobPlanOptions(string ProjectFolder)
{
    /// <summary>A command replacing the job's own (<c>Submit --command</c>), or empty to keep it.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Prefix of the scheduler's job name (e.g. the run's image namespace in tests, <c>ck-it-1234-</c>); empty by default.</summary>
    public string NamePrefix { get; init; } = "";
}
