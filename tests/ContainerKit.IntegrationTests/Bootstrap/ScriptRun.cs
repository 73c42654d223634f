namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>What a bootstrap script run left: its exit code and its two output streams.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Everything written to stdout.</param>
/// <param name="Stderr">Everything written to stderr.</param>
public sealed record ScriptRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, for failure messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    /// <summary>True when the bootstrap compiled the build project on this run.</summary>
    public bool Compiled => Stderr.Contains("compiling the build project", StringComparison.Ordinal);
}
