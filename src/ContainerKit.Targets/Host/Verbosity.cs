namespace ContainerKit.Targets.Host;

/// <summary>How much the host prints (<c>--verbosity</c>).</summary>
public enum Verbosity
{
    /// <summary>Only errors and the summary.</summary>
    Quiet,
    /// <summary>Target headers, errors and the summary.</summary>
    Normal,
    /// <summary>Also stack traces and the parameter values used.</summary>
    Verbose,
}
