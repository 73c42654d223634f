namespace ContainerKit.Diagnostics;

/// <summary>
/// Carries one or more error diagnostics out of the core or the engine. The target host prints
/// them and exits 2 (definition/usage errors) or 1 (engine failures, <c>CK3xxx</c>).
/// </summary>
public sealed class DiagnosticException : Exception
{
    /// <summary>Creates the exception from the diagnostics that caused it.</summary>
    public DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception from a single diagnostic.</summary>
    public DiagnosticException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    /// <summary>The diagnostics, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when every diagnostic is an engine error (<c>CK3xxx</c>), which exits 1, not 2.</summary>
    public bool IsEngineFailure => Diagnostics.All(d => d.Id.StartsWith("CK3", StringComparison.Ordinal));
}
