using ContainerKit.Model;

namespace ContainerKit.Ci;

/// <summary>One matrix entry of one environment: a build job of the generated workflow.</summary>
/// <param name="Environment">The environment's name (what <c>--environment</c> accepts), e.g. <c>research</c>.</param>
/// <param name="Entry">The matrix entry, e.g. <c>amd64-cpu</c>.</param>
public sealed record WorkflowEntry(string Environment, MatrixEntry Entry)
{
    /// <summary>
    /// Free disk space on the runner before building: NVIDIA (cuda) and other large bases fill a hosted runner's disk.
    /// Default: the cuda entries.
    /// </summary>
    public bool FreeDiskSpace { get; init; } = Entry.Acceleration.Kind == AccelerationKind.Cuda;

    /// <summary>
    /// The job id, <c>build-&lt;environment&gt;-&lt;entry&gt;</c>, with every character a job id does not allow
    /// (anything but letters, digits, <c>-</c> and <c>_</c>) replaced by <c>-</c>.
    /// </summary>
    public string JobId => string.Concat($"build-{Environment}-{Entry.Key}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
