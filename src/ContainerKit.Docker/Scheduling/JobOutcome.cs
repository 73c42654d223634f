namespace ContainerKit.Docker.Scheduling;

/// <summary>How a job ended (or that it has not yet).</summary>
/// <param name="State">The Slurm state, e.g. <c>COMPLETED</c>, <c>FAILED</c>, <c>RUNNING</c>.</param>
/// <param name="ExitCode">The batch script's exit code (128 + signal when a signal ended it), meaningful once <see cref="Finished"/>.</param>
/// <param name="Reason">The scheduler's reason (why it is pending, why it failed), or null.</param>
public sealed record JobOutcome(string State, int ExitCode, string? Reason = null)
{
    private static readonly HashSet<string> Terminal = new(StringComparer.Ordinal)
    {
        "COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL", "PREEMPTED", "BOOT_FAIL", "DEADLINE",
    };

    /// <summary>Whether the job has ended.</summary>
    public bool Finished => Terminal.Contains(State.Split(' ')[0]);

    /// <summary>
    /// Reads Slurm's <c>code:signal</c> form for a job in <paramref name="state"/>: the code, 128 + the signal when a
    /// signal ended it, and 1 when a job that did not complete reports 0.
    /// </summary>
    public static JobOutcome FromSlurm(string state, string exitCode, string? reason = null)
    {
        var parts = exitCode.Split(':');
        var code = parts.Length > 0 && int.TryParse(parts[0], out var c) ? c : 0;
        var signal = parts.Length > 1 && int.TryParse(parts[1], out var s) ? s : 0;
        var exit = signal > 0 ? 128 + signal : code;
        var bareState = state.Split(' ')[0];
        if (exit == 0 && bareState != "COMPLETED" && Terminal.Contains(bareState)) exit = 1;
        return new JobOutcome(bareState, exit, reason is null or "None" ? null : reason);
    }
}
