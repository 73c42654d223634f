namespace ContainerKit.Clusters;

/// <summary>A job that runs its command once (one task on one node) and ends with the command's exit code.</summary>
public sealed record UnattendedJob : Job
{
    /// <summary>Creates the job; set <see cref="Job.Command"/> (or pass <c>Submit --command</c>).</summary>
    public UnattendedJob(string name)
        : base(name)
    {
    }
}
