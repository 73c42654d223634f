namespace ContainerKit.Docker.Engine;

/// <summary>A local image: id, labels, size in bytes and its tags (<c>repository:tag</c>).</summary>
public sealed record LocalImage(string Id, IReadOnlyDictionary<string, string> Labels, long Size)
{
    /// <summary>The image's local tags, e.g. <c>lab/project:amd64-cpu-run-latest-root</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>When the image was created (part of its config, so the same for the same id); null when unknown.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>The image's registry digests, <c>repository@sha256:...</c>, one per repository it was pushed to or pulled from.</summary>
    public IReadOnlyList<string> RepoDigests { get; init; } = [];
}
