namespace ContainerKit.Docker.Building;

/// <summary>How a build shares BuildKit's layer cache across machines: inline cache written into the image, and images to reuse layers from.</summary>
/// <param name="Inline">Write the inline cache metadata into the built image.</param>
/// <param name="From">Images whose inline cache the build may reuse (cache-from).</param>
public sealed record LayerCache(bool Inline, IReadOnlyList<string> From);
