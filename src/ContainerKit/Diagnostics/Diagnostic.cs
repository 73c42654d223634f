namespace ContainerKit.Diagnostics;

/// <summary>
/// One user-facing finding with a stable id: <c>CK1xxx</c> definition errors, <c>CK2xxx</c> lint
/// findings, <c>CK3xxx</c> engine errors.
/// </summary>
/// <param name="Id">Stable id such as <c>CK1001</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">Where: <c>Environment.Member</c> or <c>file:line</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Value">The offending value, when there is one.</param>
/// <param name="Hint">How to fix it, when known.</param>
public sealed record Diagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Location,
    string Message,
    string? Value = null,
    string? Hint = null)
{
    /// <summary>Single-line form: <c>error CK1001 at Env.Member: message (value: 'x'). hint: ...</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var value = Value is null ? "" : $" (value: '{Value}')";
        var hint = Hint is null ? "" : $" hint: {Hint}";
        return $"{severity} {Id} at {Location}: {Message}{value}.{hint}".TrimEnd();
    }
}
