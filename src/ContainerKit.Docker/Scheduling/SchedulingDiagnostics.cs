using ContainerKit.Diagnostics;

namespace ContainerKit.Docker.Scheduling;

/// <summary>The ids of cluster execution errors (<c>CK3100</c>-<c>CK3129</c>); a target failing with them exits 1.</summary>
public static class SchedulingDiagnostics
{
    /// <summary>A scheduler command (sbatch, squeue, scontrol, scancel) is missing or the controller does not answer.</summary>
    public const string SchedulerUnavailableId = "CK3100";

    /// <summary>The scheduler refused the job.</summary>
    public const string SubmitFailedId = "CK3101";

    /// <summary>The job's image is not where the cluster takes it from.</summary>
    public const string ImageNotAvailableId = "CK3102";

    /// <summary>No job of this project has that id.</summary>
    public const string UnknownJobId = "CK3103";

    /// <summary>The job's outcome cannot be read (it left the scheduler's memory and no completion record has it).</summary>
    public const string OutcomeUnknownId = "CK3104";

    /// <summary>A <see cref="DiagnosticException"/> with one error diagnostic.</summary>
    public static DiagnosticException Exception(string id, string location, string message, string? value = null, string? hint = null) =>
        EngineDiagnostics.Exception(id, location, message, value, hint);
}
