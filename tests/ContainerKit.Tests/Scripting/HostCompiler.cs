using System.Reflection;
using ContainerKit.Scripting.Compilation;

namespace ContainerKit.Tests.Scripting;

/// <summary>
/// Compiles sources as the host compiles <c>build/Environments</c> (<see cref="DefinitionCompilation"/>: the SDK's
/// implicit usings, the definition analyzers) against <paramref name="assemblies"/> and the framework, without emitting.
/// </summary>
internal sealed class HostCompiler(IEnumerable<Assembly> assemblies)
{
    private readonly ReferenceSet _references = new(assemblies.Select(a => a.Location));

    /// <summary>The errors (CK1101 compiler errors, else analyzer errors such as CK1090), located <c>file:line:column</c>.</summary>
    public IReadOnlyList<ContainerKit.Diagnostics.Diagnostic> Check(params CompileSource[] sources) =>
        DefinitionCompilation.Check(
            new CompileRequest("ContainerKit.Definitions.Check", sources, CompilationGuard.SdkImplicitUsings, _references.Paths),
            _references.References);
}
