using System.Collections.Immutable;
using System.Reflection;
using ContainerKit.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// The ContainerKit analyzers (<c>ContainerKit.Analyzers</c>, e.g. CK1090) run on an in-process compile of
/// definitions, so the host reports what an IDE shows.
/// </summary>
public static class DefinitionAnalyzers
{
    /// <summary>The analyzers (made on each use, not in a static initializer: reading <see cref="Identity"/> on a cache hit must not load Roslyn).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All => [new PerEntryOverrideAnalyzer()];

    /// <summary>The analyzers' assembly identity (its module version id), for cache keys: read without loading Roslyn.</summary>
    public static string Identity { get; } = Assembly.Load(new AssemblyName("ContainerKit.Analyzers")).ManifestModule.ModuleVersionId.ToString();

    /// <summary>The analyzers' diagnostics on <paramref name="compilation"/>.</summary>
    public static ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Run(Microsoft.CodeAnalysis.Compilation compilation, CancellationToken cancellationToken = default)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(All, options).GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
    }
}
