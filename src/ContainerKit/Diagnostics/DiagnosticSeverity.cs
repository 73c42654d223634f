namespace ContainerKit.Diagnostics;

/// <summary>How bad a diagnostic is: errors stop the pipeline, warnings are printed.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Printed, does not fail.</summary>
    Warning,
    /// <summary>Fails the target; the CLI exits 2 for definition errors.</summary>
    Error,
}
