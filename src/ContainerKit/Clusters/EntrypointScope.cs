namespace ContainerKit.Clusters;

/// <summary>Which tasks of a multi-task job run the image's setup (project install, logins).</summary>
public enum EntrypointScope
{
    /// <summary>Only local task 0 of each node (<c>SLURM_ONE_ENTRYPOINT_SCRIPT_PER_NODE</c>): the project is installed once per node.</summary>
    PerNode,
    /// <summary>Only task 0 of the job (<c>SLURM_ONE_ENTRYPOINT_SCRIPT_PER_JOB</c>), for a project folder shared by all nodes.</summary>
    PerJob,
    /// <summary>Every task runs the setup.</summary>
    EveryTask,
}
