using System.Reflection;

namespace ContainerKit.Scripting.Scripts;

/// <summary>
/// What besides the sources decides a compiled definition's bytes and meaning: the referenced
/// assemblies' module version ids, the compiler version, the base type and the given extras.
/// Cached assemblies are keyed by a hash of the sources and this salt.
/// </summary>
internal static class CompilationSalt
{
    /// <summary>The salt for definitions of <paramref name="baseType"/> compiled against <paramref name="assemblies"/>.</summary>
    public static string Of(IEnumerable<Assembly> assemblies, Type baseType, IEnumerable<string> extras) =>
        string.Join("|", assemblies.Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId}")
            .Append(typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version?.ToString() ?? "")
            .Append(baseType.FullName ?? "")
            .Concat(extras));
}
