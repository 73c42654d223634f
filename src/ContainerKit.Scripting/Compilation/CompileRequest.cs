namespace ContainerKit.Scripting.Compilation;

/// <summary>A compilation of definition sources, as the build process sends it to the compiler server.</summary>
/// <param name="AssemblyName">The emitted assembly's name.</param>
/// <param name="Sources">The source files: the path shown in diagnostics, and the text.</param>
/// <param name="Usings">Namespaces imported into every file (global usings).</param>
/// <param name="References">Absolute paths of the referenced assemblies.</param>
public sealed record CompileRequest(
    string AssemblyName,
    IReadOnlyList<CompileSource> Sources,
    IReadOnlyList<string> Usings,
    IReadOnlyList<string> References);
