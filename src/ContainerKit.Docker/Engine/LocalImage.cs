namespace ContainerKit.Docker.Engine;

/// <summary>A local image: id, labels, size in bytes and its tags (<c>repository:tag</c>).</summary>
public sealed record LocalImage(string Id, IReadOnlyDictionary<string, string> Labels, long Size)
{
    /// <summary>The image's local tags, e.g. <c>lab/project:amd64-cpu-run-latest-root</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
