using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CkDiagnostic = ContainerKit.Diagnostics.Diagnostic;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// Compiles a definition project (its <c>.cs</c> files with edits applied in memory) and writes the
/// edits only when the result compiles, each file atomically. A refused edit changes no file.
/// </summary>
public sealed class CompilationGuard
{
    /// <summary>The global usings the .NET SDK adds when <c>ImplicitUsings</c> is enabled.</summary>
    public static readonly IReadOnlyList<string> SdkImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private readonly ReferenceSet _references;
    private readonly IReadOnlyList<string> _globalUsings;

    /// <summary>Creates a guard compiling against <paramref name="references"/>.</summary>
    /// <param name="references">ContainerKit and the other assemblies the project uses (the framework is included).</param>
    /// <param name="globalUsings">The project's implicit global usings; <see cref="SdkImplicitUsings"/> when null.</param>
    public CompilationGuard(ReferenceSet references, IReadOnlyList<string>? globalUsings = null)
    {
        _references = references;
        _globalUsings = globalUsings ?? SdkImplicitUsings;
    }

    /// <summary>Compiles <paramref name="sources"/> (path to text) and returns the errors, located <c>file:line:column</c>.</summary>
    public IReadOnlyList<CkDiagnostic> Check(IReadOnlyDictionary<string, string> sources)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = sources.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => CSharpSyntaxTree.ParseText(s.Value, parse, s.Key))
            .Append(CSharpSyntaxTree.ParseText(string.Concat(_globalUsings.Select(u => $"global using global::{u};\n")), parse, "<implicit usings>"))
            .ToList();
        var options = new CSharpCompilationOptions(IsExecutable(trees) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("ContainerKit.EditCheck", trees, _references.References, options);
        return CompilerDiagnostics.Errors(compilation.GetDiagnostics(), compilation);
    }

    /// <summary>
    /// Applies <paramref name="edits"/> (file path to new text) to the project in
    /// <paramref name="projectDirectory"/> when the edited project compiles; returns the files written.
    /// </summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">The compile errors (CK1101) of the edited project; no file was written.</exception>
    public IReadOnlyList<string> Apply(string projectDirectory, IReadOnlyDictionary<string, string> edits)
    {
        var changed = Verify(projectDirectory, edits);
        foreach (var (path, text) in changed)
        {
            AtomicFile.WriteAllText(path, text);
        }

        return changed.Select(c => c.Key).ToList();
    }

    /// <summary>
    /// Compiles the project in <paramref name="projectDirectory"/> with <paramref name="edits"/> applied in memory
    /// and writes nothing; returns the edits (full paths) that change a file.
    /// </summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">The compile errors (CK1101) of the edited project.</exception>
    public IReadOnlyList<KeyValuePair<string, string>> Verify(string projectDirectory, IReadOnlyDictionary<string, string> edits)
    {
        var fullEdits = edits.ToDictionary(e => Path.GetFullPath(e.Key), e => e.Value, StringComparer.Ordinal);
        var sources = SourceFiles(projectDirectory).ToDictionary(p => p, File.ReadAllText, StringComparer.Ordinal);
        var changed = fullEdits.Where(e => !sources.TryGetValue(e.Key, out var old) || old != e.Value).ToList();
        foreach (var (path, text) in fullEdits)
        {
            sources[path] = text;
        }

        var errors = Check(sources);
        if (errors.Count > 0)
        {
            throw new ContainerKit.Diagnostics.DiagnosticException(errors);
        }

        return changed;
    }

    /// <summary>The project's C# files: every <c>*.cs</c> below the folder except <c>bin/</c>, <c>obj/</c> and dot folders.</summary>
    public static IEnumerable<string> SourceFiles(string projectDirectory)
    {
        var root = Path.GetFullPath(projectDirectory);
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(root, p).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" || part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsExecutable(IEnumerable<SyntaxTree> trees) =>
        trees.Any(t => t.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .Any(n => n is GlobalStatementSyntax or MethodDeclarationSyntax { Identifier.ValueText: "Main" }));
}
