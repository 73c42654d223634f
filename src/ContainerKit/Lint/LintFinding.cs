namespace ContainerKit.Lint;

/// <summary>What a check found, before it becomes a <see cref="Diagnostics.Diagnostic"/>.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Line">1-based line of the offending instruction.</param>
/// <param name="Message">What is wrong, specific to this finding.</param>
/// <param name="Value">The offending value (never a secret's value), when there is one.</param>
internal sealed record LintFinding(LintRule Rule, int Line, string Message, string? Value = null);
