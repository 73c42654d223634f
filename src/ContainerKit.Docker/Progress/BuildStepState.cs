namespace ContainerKit.Docker.Progress;

/// <summary>What happened to a build step.</summary>
public enum BuildStepState
{
    /// <summary>The step started running.</summary>
    Started,
    /// <summary>The step finished.</summary>
    Completed,
    /// <summary>The step was answered from the cache.</summary>
    Cached,
    /// <summary>The step failed.</summary>
    Failed,
    /// <summary>The step printed a line.</summary>
    Log,
}
