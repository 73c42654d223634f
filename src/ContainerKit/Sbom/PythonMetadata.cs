namespace ContainerKit.Sbom;

/// <summary>
/// Reads an installed Python distribution's core metadata: the header block of <c>*.dist-info/METADATA</c> or
/// <c>*.egg-info/PKG-INFO</c> (<c>Name:</c> and <c>Version:</c> fields, up to the first blank line).
/// </summary>
public static class PythonMetadata
{
    /// <summary>The distribution in <paramref name="file"/>, or null when its header has no name or no version.</summary>
    public static SbomPackage? Parse(InventoryFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var header = file.Content.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0];
        var fields = DpkgStatus.Fields(header);
        if (!fields.TryGetValue("Name", out var name) || name.Length == 0 || !fields.TryGetValue("Version", out var version) || version.Length == 0)
            return null;
        return new SbomPackage(PackageType.Pypi, name, version, PackageUrl.Pypi(name, version), file.Path);
    }
}
