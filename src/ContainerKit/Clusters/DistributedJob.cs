namespace ContainerKit.Clusters;

/// <summary>
/// A job of <see cref="Nodes"/> x <see cref="TasksPerNode"/> tasks, each running the command (<c>srun</c> in the
/// batch script), with the image's setup run per node, per job or per task (<see cref="EntrypointScope"/>).
/// </summary>
public sealed record DistributedJob : Job
{
    /// <summary>Creates the job.</summary>
    public DistributedJob(string name, int nodes, int tasksPerNode)
        : base(name)
    {
        Nodes = nodes;
        TasksPerNode = tasksPerNode;
    }

    /// <summary>How many nodes (<c>--nodes</c>).</summary>
    public int Nodes { get; }

    /// <summary>How many tasks on each node (<c>--ntasks-per-node</c>).</summary>
    public int TasksPerNode { get; }

    /// <summary>Which tasks run the setup; per node by default.</summary>
    public EntrypointScope EntrypointScope { get; init; } = EntrypointScope.PerNode;

    /// <inheritdoc />
    public override (int Nodes, int TasksPerNode) Layout => (Nodes, TasksPerNode);
}
