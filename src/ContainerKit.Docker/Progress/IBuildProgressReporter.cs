namespace ContainerKit.Docker.Progress;

/// <summary>Receives build progress; implementations must be thread-safe (matrix entries build in parallel).</summary>
public interface IBuildProgressReporter
{
    /// <summary>Reports one event.</summary>
    void Report(BuildProgressEvent progress);
}
