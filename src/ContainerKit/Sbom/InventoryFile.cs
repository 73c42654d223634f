namespace ContainerKit.Sbom;

/// <summary>A file read from an image for its SBOM: its absolute path inside the image and its text.</summary>
public sealed record InventoryFile(string Path, string Content);
