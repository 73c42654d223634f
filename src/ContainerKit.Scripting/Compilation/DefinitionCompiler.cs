using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CkDiagnostic = ContainerKit.Diagnostics.Diagnostic;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// The in-process compiler of definition classes (<c>build/Environments/*.cs</c>): C# files compiled as one
/// library against the given ContainerKit assemblies and the framework, with the SDK's implicit usings, nullable
/// enabled, the latest language version. <see cref="Scripts.ClassDefinitionLoader{T}"/> compiles through it, and
/// so can anything else that must compile exactly as the host does (e.g. the C# blocks of the documentation).
/// </summary>
public sealed class DefinitionCompiler
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private readonly ReferenceSet _references;
    private readonly string _implicitUsings;

    /// <summary>Creates a compiler referencing <paramref name="assemblies"/> (the framework is added) with <paramref name="additionalImports"/> as global usings besides the SDK's.</summary>
    public DefinitionCompiler(IEnumerable<Assembly> assemblies, IEnumerable<string> additionalImports)
    {
        _references = new ReferenceSet(assemblies.Select(a => a.Location));
        _implicitUsings = string.Concat(CompilationGuard.SdkImplicitUsings.Concat(additionalImports).Distinct().Select(u => $"global using global::{u};\n"));
    }

    /// <summary>The compilation of <paramref name="sources"/>, named <paramref name="assemblyName"/>; nothing is compiled yet.</summary>
    public CSharpCompilation Create(string assemblyName, IEnumerable<DefinitionSource> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path, Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(_implicitUsings, ParseOptions, "<implicit usings>"))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithDeterministic(true);
        return CSharpCompilation.Create(assemblyName, trees, _references.References, options);
    }

    /// <summary>
    /// The errors of <paramref name="sources"/>, without emitting an assembly: the compiler's (CK1101), else the
    /// <see cref="DefinitionAnalyzers"/>' (e.g. CK1090), located <c>file:line:column</c>.
    /// </summary>
    public IReadOnlyList<CkDiagnostic> Check(IEnumerable<DefinitionSource> sources)
    {
        var compilation = Create("ContainerKit.Definitions.Check", sources);
        var errors = CompilerDiagnostics.Errors(compilation.GetDiagnostics(), compilation);
        return errors.Count > 0 ? errors : CompilerDiagnostics.Errors(DefinitionAnalyzers.Run(compilation));
    }

    /// <summary>The assembly image of <paramref name="sources"/>.</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">The compiler's errors (CK1101), each once, else the analyzers' (e.g. CK1090), located <c>file:line:column</c>.</exception>
    public byte[] Emit(string assemblyName, IEnumerable<DefinitionSource> sources)
    {
        var compilation = Create(assemblyName, sources);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        CompilerDiagnostics.ThrowOnErrors(result.Diagnostics, compilation);
        CompilerDiagnostics.ThrowOnErrors(DefinitionAnalyzers.Run(compilation));
        return image.ToArray();
    }
}
