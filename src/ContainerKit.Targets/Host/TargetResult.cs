namespace ContainerKit.Targets.Host;

/// <summary>One row of the summary.</summary>
/// <param name="Name">Target name.</param>
/// <param name="Status">Outcome.</param>
/// <param name="Duration">Time spent in its actions.</param>
/// <param name="ExitCode">0, or the exit code its failure asks for (1 or 2); 1 when a cancellation kept it from running.</param>
public sealed record TargetResult(string Name, TargetStatus Status, TimeSpan Duration, int ExitCode = 0);
