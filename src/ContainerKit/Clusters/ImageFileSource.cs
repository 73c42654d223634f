namespace ContainerKit.Clusters;

/// <summary>An image file the user provides on the cluster (<c>.sqsh</c> for pyxis, <c>.sif</c> for Apptainer).</summary>
/// <param name="Path">The file, absolute or relative to the project folder.</param>
public sealed record ImageFileSource(string Path) : SlurmImageSource;
