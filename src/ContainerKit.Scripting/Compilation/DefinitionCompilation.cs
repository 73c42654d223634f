using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// Compiles definition classes into a library image: one compilation of the given sources plus global
/// usings, against the given references. The same code runs in the build process and in the compiler
/// server, so both give byte-identical assemblies and the same diagnostics.
/// </summary>
public static class DefinitionCompilation
{
    /// <summary>Emits <paramref name="request"/>; throws a <see cref="ContainerKit.Diagnostics.DiagnosticException"/> (CK1101) on compile errors.</summary>
    /// <param name="request">What to compile.</param>
    /// <param name="references">The metadata references for <see cref="CompileRequest.References"/>.</param>
    public static byte[] Emit(CompileRequest request, IReadOnlyList<MetadataReference> references)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = request.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path, Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(string.Concat(request.Usings.Select(u => $"global using global::{u};\n")), parse, "<implicit usings>"))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithDeterministic(true);
        var compilation = CSharpCompilation.Create(request.AssemblyName, trees, references, options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        CompilerDiagnostics.ThrowOnErrors(result.Diagnostics, compilation);
        return image.ToArray();
    }
}
