using Microsoft.CodeAnalysis;
using CkDiagnostic = ContainerKit.Diagnostics.Diagnostic;
using CkSeverity = ContainerKit.Diagnostics.DiagnosticSeverity;

namespace ContainerKit.Scripting.Compilation;

/// <summary>Turns Roslyn compiler errors into ContainerKit diagnostics located at <c>file:line:column</c>.</summary>
public static class CompilerDiagnostics
{
    /// <summary>
    /// The errors among <paramref name="diagnostics"/>, ordered by file and position; with the
    /// <paramref name="compilation"/> they came from, an unknown override (CS0115) names the closest overridable member.
    /// </summary>
    public static IReadOnlyList<CkDiagnostic> Errors(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics, Microsoft.CodeAnalysis.Compilation? compilation = null) =>
        diagnostics
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => (Diagnostic: d, Span: d.Location.GetMappedLineSpan()))
            .OrderBy(x => x.Span.Path, StringComparer.Ordinal)
            .ThenBy(x => x.Span.StartLinePosition.Line)
            .ThenBy(x => x.Span.StartLinePosition.Character)
            .Select(x => new CkDiagnostic(
                IsContainerKit(x.Diagnostic) ? x.Diagnostic.Id : ScriptingDiagnosticIds.CompileError,
                CkSeverity.Error,
                Location(x.Span),
                IsContainerKit(x.Diagnostic)
                    ? x.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.')
                    : $"{x.Diagnostic.Id}: {x.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}",
                Value: null,
                Hint: compilation is null ? null : OverrideSuggestion.For(compilation, x.Diagnostic)))
            .ToList();

    /// <summary>Throws a <see cref="ContainerKit.Diagnostics.DiagnosticException"/> when there is any error.</summary>
    public static void ThrowOnErrors(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics, Microsoft.CodeAnalysis.Compilation? compilation = null)
    {
        var errors = Errors(diagnostics, compilation);
        if (errors.Count > 0)
        {
            throw new ContainerKit.Diagnostics.DiagnosticException(errors);
        }
    }

    /// <summary>A ContainerKit analyzer's finding keeps its own id (e.g. CK1090); a compiler error becomes CK1101 naming the CSxxxx id.</summary>
    private static bool IsContainerKit(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.Id.StartsWith("CK", StringComparison.Ordinal);

    private static string Location(FileLinePositionSpan span) =>
        span.IsValid
            ? $"{(string.IsNullOrEmpty(span.Path) ? "<source>" : span.Path)}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}"
            : "<source>";
}
