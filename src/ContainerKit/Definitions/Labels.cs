namespace ContainerKit.Definitions;

/// <summary>
/// OCI labels of the generic images. The revision comes from a build argument (the render never reads git or
/// a clock); there is no creation timestamp, so renders and image configs stay reproducible.
/// </summary>
public sealed record Labels
{
    /// <summary><c>org.opencontainers.image.title</c>; the environment name when null.</summary>
    public string? Title { get; init; }

    /// <summary><c>org.opencontainers.image.source</c>, e.g. the repository URL, or null.</summary>
    public string? Source { get; init; }

    /// <summary>Further labels (keys must be label-safe, values are quoted).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
