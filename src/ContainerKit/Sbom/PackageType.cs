namespace ContainerKit.Sbom;

/// <summary>Where an SBOM component was found: the package manager that installed it.</summary>
public enum PackageType
{
    /// <summary>A Debian package (<c>/var/lib/dpkg/status</c>).</summary>
    Deb,

    /// <summary>A Python distribution (<c>*.dist-info/METADATA</c> or <c>*.egg-info/PKG-INFO</c>).</summary>
    Pypi,

    /// <summary>A conda package (<c>conda-meta/*.json</c>).</summary>
    Conda,
}
