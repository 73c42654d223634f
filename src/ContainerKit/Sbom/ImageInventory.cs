namespace ContainerKit.Sbom;

/// <summary>
/// The package records read from an image: <c>/etc/os-release</c>, dpkg's status database, the Python
/// distributions' metadata files and conda's package records. Each is null or empty when the image has none.
/// </summary>
/// <param name="OsRelease">The text of <c>/etc/os-release</c>, or null.</param>
/// <param name="DpkgStatus">The text of <c>/var/lib/dpkg/status</c>, or null.</param>
/// <param name="PythonMetadata">Every <c>*.dist-info/METADATA</c> and <c>*.egg-info/PKG-INFO</c> (the header block is enough).</param>
/// <param name="CondaMeta">Every <c>conda-meta/*.json</c> package record.</param>
public sealed record ImageInventory(string? OsRelease, string? DpkgStatus, IReadOnlyList<InventoryFile> PythonMetadata, IReadOnlyList<InventoryFile> CondaMeta)
{
    /// <summary>Every package of the inventory; records that cannot be read are left out.</summary>
    public IReadOnlyList<SbomPackage> Packages()
    {
        var os = Sbom.OsRelease.Parse(OsRelease);
        var packages = new List<SbomPackage>();
        if (DpkgStatus is not null) packages.AddRange(Sbom.DpkgStatus.Parse(DpkgStatus, os));
        packages.AddRange(PythonMetadata.Select(Sbom.PythonMetadata.Parse).OfType<SbomPackage>());
        packages.AddRange(CondaMeta.Select(Sbom.CondaMeta.Parse).OfType<SbomPackage>());
        return packages;
    }
}
