using ContainerKit.Diagnostics;

namespace ContainerKit.Validation;

/// <summary>One CK1xxx rule of the <see cref="DefinitionRules"/> catalog: stable id, severity, title and the usual fix.</summary>
/// <param name="Id">Stable id, e.g. <c>CK1001</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Title">What the rule checks.</param>
/// <param name="Hint">How to fix a finding.</param>
public sealed record DiagnosticRule(string Id, DiagnosticSeverity Severity, string Title, string Hint)
{
    /// <summary>A finding of this rule.</summary>
    public Diagnostic At(string location, string message, string? value) => new(Id, Severity, location, message, value, Hint);
}
