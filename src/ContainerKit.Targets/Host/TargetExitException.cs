namespace ContainerKit.Targets.Host;

/// <summary>
/// Fails a target with a chosen process exit code, e.g. <c>Run</c> passing on its command's exit code.
/// </summary>
/// <param name="exitCode">The exit code of the build process (non-zero).</param>
/// <param name="message">What failed, printed as the target's error.</param>
public sealed class TargetExitException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code of the build process.</summary>
    public int ExitCode { get; } = exitCode;
}
