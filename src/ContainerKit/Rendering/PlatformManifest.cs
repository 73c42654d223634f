namespace ContainerKit.Rendering;

/// <summary>One platform image of an index: the descriptor of its manifest in the registry, and its architecture (e.g. <c>arm64</c>).</summary>
public sealed record PlatformManifest(string MediaType, string Digest, long Size, string Architecture);
