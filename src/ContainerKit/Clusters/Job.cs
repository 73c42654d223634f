namespace ContainerKit.Clusters;

/// <summary>
/// A job of a cluster: the image it runs, what it asks the scheduler for, the entrypoint's variables, the
/// mounts and secrets it sees, and its command. The working directory is the project, mounted at
/// <c>PROJECT_ROOT_AT</c>. Kinds: <see cref="UnattendedJob"/>, <see cref="RemoteDevelopmentJob"/>, <see cref="DistributedJob"/>.
/// </summary>
public abstract record Job
{
    private protected Job(string name)
    {
        Name = name;
    }

    /// <summary>The job's name (<c>--job</c>, the rendered file names; on the scheduler it is prefixed with the project).</summary>
    public string Name { get; }

    /// <summary>The image: environment, matrix entry, run or dev.</summary>
    public JobImage Image { get; init; } = new();

    /// <summary>What the job asks for; unset members come from the cluster's defaults.</summary>
    public JobResources Resources { get; init; } = JobResources.None;

    /// <summary>The entrypoint's variables.</summary>
    public EntrypointVariables Variables { get; init; } = new();

    /// <summary>
    /// The container paths of the entry's declared mounts this job sees besides the project; null (default) for every
    /// declared mount. A path the entry does not declare is CK1202.
    /// </summary>
    public IReadOnlyList<string>? Mounts { get; init; }

    /// <summary>Secrets referenced by file (never by value), each mounted read-only with its variable set to the path.</summary>
    public IReadOnlyList<SecretReference> Secrets { get; init; } = [];

    /// <summary>The command the entrypoint runs; <c>Submit --command</c> replaces it.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Whether the job runs the dev image: <see cref="JobImage.Development"/>, else the kind's choice.</summary>
    public virtual bool UsesDevelopmentImage => Image.Development ?? false;

    /// <summary>Nodes x tasks per node the job spans.</summary>
    public virtual (int Nodes, int TasksPerNode) Layout => (1, 1);
}
