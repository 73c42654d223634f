using ContainerKit.Diagnostics;

namespace ContainerKit.Scripting.Import;

/// <summary>Builds the CK1106 import diagnostics.</summary>
internal static class ImportDiagnostics
{
    /// <summary>An import error at <paramref name="location"/> (a file, or <c>file:line</c>).</summary>
    public static Diagnostic Error(string location, string message, string? value = null, string? hint = null) =>
        new(ScriptingDiagnosticIds.ImportFailed, DiagnosticSeverity.Error, location, message, value, hint);
}
