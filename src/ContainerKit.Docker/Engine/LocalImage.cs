namespace ContainerKit.Docker.Engine;

/// <summary>A local image: id, labels and size in bytes.</summary>
public sealed record LocalImage(string Id, IReadOnlyDictionary<string, string> Labels, long Size);
