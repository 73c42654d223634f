namespace ContainerKit.Sbom;

/// <summary>One installed package found in an image.</summary>
/// <param name="Type">The package manager that installed it.</param>
/// <param name="Name">The name as the package manager records it.</param>
/// <param name="Version">The installed version.</param>
/// <param name="Purl">Its package URL (<see cref="PackageUrl"/>).</param>
/// <param name="Location">The file it was read from inside the image, e.g. <c>/var/lib/dpkg/status</c>.</param>
public sealed record SbomPackage(PackageType Type, string Name, string Version, string Purl, string Location);
