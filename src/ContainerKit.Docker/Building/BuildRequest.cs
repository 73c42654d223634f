namespace ContainerKit.Docker.Building;

/// <summary>One BuildKit build of a folder through the Engine API.</summary>
/// <param name="ContextFolder">The folder uploaded as the build context.</param>
/// <param name="Scope">A short label for progress lines, e.g. <c>amd64-cpu/run</c>.</param>
public sealed record BuildRequest(string ContextFolder, string Scope)
{
    /// <summary>The Dockerfile path inside the context.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>The stage to stop at, or null for the last stage.</summary>
    public string? Target { get; init; }

    /// <summary>Full references to tag the result with.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Build arguments.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>Image labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Run RUN steps on the host network.</summary>
    public bool HostNetwork { get; init; } = true;

    /// <summary>OCI platform, e.g. <c>linux/amd64</c>; null for the daemon's.</summary>
    public string? Platform { get; init; }

    /// <summary>Ignore the build cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>Always pull base images.</summary>
    public bool Pull { get; init; }

    /// <summary>
    /// BuildKit secrets: id to the file holding the value (<c>docker build --secret id=ID,src=FILE</c>). When any is
    /// given the build runs with a session that serves them to <c>RUN --mount=type=secret</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>();

    /// <summary>Images (usually the last pushed ones) whose BuildKit inline cache the build may reuse layers from.</summary>
    public IReadOnlyList<string> CacheFrom { get; init; } = [];

    /// <summary>Write BuildKit's inline cache metadata into the image, so a later build can use it as <see cref="CacheFrom"/> once pushed.</summary>
    public bool InlineCache { get; init; }
}
