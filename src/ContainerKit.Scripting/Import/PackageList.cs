namespace ContainerKit.Scripting.Import;

/// <summary>A package list as an imported Dockerfile gives it: inline names, or a file the definition reads.</summary>
/// <param name="Items">Inline entries (apt names or PEP 508 requirements), in the Dockerfile's order.</param>
/// <param name="File">A dependency file path relative to the build project (e.g. <c>dependencies/apt-build.txt</c>), when the list comes from a file.</param>
public sealed record PackageList(IReadOnlyList<string> Items, string? File = null)
{
    /// <summary>No packages.</summary>
    public static PackageList Empty { get; } = new([]);

    /// <summary>A list read from <paramref name="file"/>.</summary>
    public static PackageList FromFile(string file) => new([], file);
}
