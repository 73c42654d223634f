namespace ContainerKit.Clusters;

/// <summary>
/// Which image a job runs: one environment's run (or dev) image for one matrix entry, the user image when it is
/// built, else the generic one. A member left null is taken from the command line's selection
/// (<c>--environment</c>, <c>--platform</c>, <c>--acceleration</c>), which must then name exactly one entry.
/// </summary>
public sealed record JobImage
{
    /// <summary>The environment (definition class name), or null for the selected one.</summary>
    public string? Environment { get; init; }

    /// <summary>The matrix platform (<c>amd64</c>), or null for the selected one.</summary>
    public string? Platform { get; init; }

    /// <summary>The matrix acceleration (<c>cpu</c>, <c>cuda</c>, ...), or null for the selected one.</summary>
    public string? Acceleration { get; init; }

    /// <summary>Run the dev image (editors, sshd) instead of the run image; null for the job kind's choice (dev for a <see cref="RemoteDevelopmentJob"/>, run otherwise).</summary>
    public bool? Development { get; init; }
}
