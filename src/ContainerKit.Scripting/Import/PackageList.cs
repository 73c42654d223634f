namespace ContainerKit.Scripting.Import;

/// <summary>A pip requirement list as an imported Dockerfile gives it: inline requirements, or a file the definition reads.</summary>
/// <param name="Items">Inline PEP 508 requirements, in the Dockerfile's order.</param>
/// <param name="File">A dependency file path relative to the repository root (e.g. <c>build/Environments/project/requirements.txt</c>), when the list comes from a file.</param>
public sealed record PackageList(IReadOnlyList<string> Items, string? File = null)
{
    /// <summary>No packages.</summary>
    public static PackageList Empty { get; } = new([]);

    /// <summary>A list read from <paramref name="file"/>.</summary>
    public static PackageList FromFile(string file) => new([], file);
}
