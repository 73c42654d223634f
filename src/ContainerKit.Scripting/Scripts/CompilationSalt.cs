using System.Reflection;

namespace ContainerKit.Scripting.Scripts;

/// <summary>
/// What besides the sources decides a compiled definition's bytes and meaning: the referenced
/// assemblies' module version ids, the compiler version, the analyzers, the base type and the given extras.
/// Cached assemblies are keyed by a hash of the sources and this salt.
/// </summary>
internal static class CompilationSalt
{
    /// <summary>The Roslyn version this assembly was built against, read from its references: a cache hit never loads Roslyn.</summary>
    private static readonly string CompilerVersion = typeof(CompilationSalt).Assembly.GetReferencedAssemblies()
        .FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis")?.Version?.ToString() ?? "";

    /// <summary>The salt for definitions of <paramref name="baseType"/> compiled against <paramref name="assemblies"/>.</summary>
    public static string Of(IEnumerable<Assembly> assemblies, Type baseType, IEnumerable<string> extras) =>
        string.Join("|", assemblies.Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId}")
            .Append(CompilerVersion)
            .Append(Compilation.DefinitionAnalyzers.Identity)
            .Append(baseType.FullName ?? "")
            .Concat(extras));
}
