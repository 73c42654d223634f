using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// The metadata references a definition compiles against: the framework's trusted platform
/// assemblies plus the given assemblies (ContainerKit core and whatever else the caller adds).
/// </summary>
public sealed class ReferenceSet
{
    private readonly Lazy<IReadOnlyList<MetadataReference>> _references;

    /// <summary>Creates a set from assembly file paths (the framework assemblies are added).</summary>
    public ReferenceSet(IEnumerable<string> assemblyPaths)
    {
        Paths = FrameworkAssemblyPaths()
            .Concat(assemblyPaths.Select(Path.GetFullPath))
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last())
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        _references = new Lazy<IReadOnlyList<MetadataReference>>(
            () => Paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList());
    }

    /// <summary>Creates a set from loaded assemblies (their locations are used).</summary>
    public static ReferenceSet FromAssemblies(IEnumerable<Assembly> assemblies) =>
        new(assemblies.Select(a => a.Location).Where(l => l.Length > 0));

    /// <summary>
    /// Creates a set from every assembly in a build output folder such as
    /// <c>.nuke/temp/build-bin/</c>, except <paramref name="excludeAssemblyName"/> (the project's own output).
    /// </summary>
    public static ReferenceSet FromDirectory(string directory, string? excludeAssemblyName = null) =>
        new(Directory.EnumerateFiles(directory, "*.dll")
            .Where(p => !string.Equals(Path.GetFileNameWithoutExtension(p), excludeAssemblyName, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every referenced assembly path, sorted.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The references, created once on first use.</summary>
    public IReadOnlyList<MetadataReference> References => _references.Value;

    private static IEnumerable<string> FrameworkAssemblyPaths()
    {
        var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => IsFrameworkName(Path.GetFileNameWithoutExtension(p)));
    }

    private static bool IsFrameworkName(string name) =>
        name.StartsWith("System.", StringComparison.Ordinal) ||
        name is "System" or "mscorlib" or "netstandard" or "Microsoft.CSharp" or "Microsoft.Win32.Primitives";
}
