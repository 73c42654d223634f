namespace ContainerKit.Targets.Host;

/// <summary>Outcome of one target in the summary.</summary>
public enum TargetStatus
{
    /// <summary>Ran and every action completed.</summary>
    Succeeded,
    /// <summary>An action threw.</summary>
    Failed,
    /// <summary>Skipped by <c>--skip</c> or a false <c>OnlyWhenStatic</c>.</summary>
    Skipped,
    /// <summary>Not started: an earlier target (or matrix entry) failed, or the build was cancelled first.</summary>
    NotRun,
    /// <summary>Stopped by Ctrl-C (SIGINT) while it ran; the build exits with 130.</summary>
    Cancelled,
}
