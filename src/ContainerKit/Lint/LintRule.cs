using ContainerKit.Diagnostics;

namespace ContainerKit.Lint;

/// <summary>One entry of the lint rule catalog.</summary>
/// <param name="Id">Stable id, <c>CK2xxx</c>.</param>
/// <param name="Severity">Errors fail <c>Render</c>/<c>Lint</c>; warnings are printed.</param>
/// <param name="Title">What the rule checks, one line.</param>
/// <param name="Rationale">Why it matters, one line.</param>
/// <param name="Hint">How to fix a finding; becomes the diagnostic's hint.</param>
public sealed record LintRule(string Id, DiagnosticSeverity Severity, string Title, string Rationale, string Hint);
