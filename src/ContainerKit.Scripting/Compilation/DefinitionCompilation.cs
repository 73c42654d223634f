using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CkDiagnostic = ContainerKit.Diagnostics.Diagnostic;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// Compiles definition classes into a library image: one compilation of the given sources plus global
/// usings, against the given references, checked by the <see cref="DefinitionAnalyzers"/> (e.g. CK1090). The same
/// code runs in the build process and in the compiler server, so both give byte-identical assemblies and the same
/// diagnostics; anything else that must compile as the host does (the C# blocks of <c>docs/</c>) uses it too.
/// </summary>
public static class DefinitionCompilation
{
    /// <summary>Emits <paramref name="request"/>.</summary>
    /// <param name="request">What to compile.</param>
    /// <param name="references">The metadata references for <see cref="CompileRequest.References"/>.</param>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">The compile errors (CK1101), else the analyzers' errors (e.g. CK1090), located <c>file:line:column</c>.</exception>
    public static byte[] Emit(CompileRequest request, IReadOnlyList<MetadataReference> references)
    {
        var compilation = Create(request, references);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        CompilerDiagnostics.ThrowOnErrors(result.Diagnostics, compilation);
        CompilerDiagnostics.ThrowOnErrors(DefinitionAnalyzers.Run(compilation));
        return image.ToArray();
    }

    /// <summary>The errors of <paramref name="request"/> without emitting an assembly: the compiler's (CK1101), else the analyzers' (e.g. CK1090).</summary>
    public static IReadOnlyList<CkDiagnostic> Check(CompileRequest request, IReadOnlyList<MetadataReference> references)
    {
        var compilation = Create(request, references);
        var errors = CompilerDiagnostics.Errors(compilation.GetDiagnostics(), compilation);
        return errors.Count > 0 ? errors : CompilerDiagnostics.Errors(DefinitionAnalyzers.Run(compilation));
    }

    private static CSharpCompilation Create(CompileRequest request, IReadOnlyList<MetadataReference> references)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = request.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path, Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(string.Concat(request.Usings.Select(u => $"global using global::{u};\n")), parse, "<implicit usings>"))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithDeterministic(true);
        return CSharpCompilation.Create(request.AssemblyName, trees, references, options);
    }
}
