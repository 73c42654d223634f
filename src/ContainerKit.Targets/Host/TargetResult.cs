namespace ContainerKit.Targets.Host;

/// <summary>One row of the summary.</summary>
/// <param name="Name">Target name.</param>
/// <param name="Status">Outcome.</param>
/// <param name="Duration">Time spent in its actions.</param>
/// <param name="ExitCode">0, or the exit code its failure asks for (1 or 2); <see cref="CancelledExitCode"/> when Ctrl-C stopped it or kept it from running.</param>
public sealed record TargetResult(string Name, TargetStatus Status, TimeSpan Duration, int ExitCode = 0)
{
    /// <summary>The exit code of a build stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int CancelledExitCode = 130;

    /// <summary>A <see cref="TargetStatus.Cancelled"/> result.</summary>
    public static TargetResult Cancelled(string name, TimeSpan duration) => new(name, TargetStatus.Cancelled, duration, CancelledExitCode);
}
