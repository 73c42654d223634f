namespace ContainerKit.Docker.Engine;

/// <summary>Options of <see cref="IContainerEngine.BuildGenericAsync"/>.</summary>
public sealed record GenericBuildOptions
{
    /// <summary>Revisions to expand <c>{revision}</c> tag templates with, e.g. <c>latest</c> and the git sha; the last one is the REVISION build argument.</summary>
    public IReadOnlyList<string> Revisions { get; init; } = ["latest"];

    /// <summary>Roles to build; defaults to <c>run</c> and <c>dev</c>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = ["run", "dev"];

    /// <summary>Build only up to this stage (debugging); the result is tagged like the role.</summary>
    public string? StageOverride { get; init; }

    /// <summary>Always pull referenced base images (also disables the content-hash skip).</summary>
    public bool Pull { get; init; }

    /// <summary>Do not use the build cache (also disables the content-hash skip).</summary>
    public bool NoCache { get; init; }

    /// <summary>Build even when the tagged image already carries the folder's render hash (the layer cache still applies).</summary>
    public bool Rebuild { get; init; }

    /// <summary>Use the host network during RUN steps; default true (test engines have no bridge).</summary>
    public bool HostNetwork { get; init; } = true;

    /// <summary>Write BuildKit's inline cache into the images, so that once pushed they serve as <see cref="CacheFromRegistry"/> for later builds.</summary>
    public bool InlineCache { get; init; }

    /// <summary>
    /// A registry (<c>host[:port][/namespace]</c>) holding the last pushed images: each build reuses the layers of
    /// the <c>latest</c> run image and of its own role's <c>latest</c> image there (BuildKit <c>cache-from</c>).
    /// </summary>
    public string? CacheFromRegistry { get; init; }

    /// <summary>Extra build arguments, overriding the manifest's.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Files of the build host served as BuildKit secrets by id (e.g. <c>pip-netrc</c> to a netrc file), for the
    /// images whose manifest asks for them (<see cref="Rendering.ManifestImage.HostSecrets"/>); read when the build starts.
    /// </summary>
    public IReadOnlyDictionary<string, string> HostSecrets { get; init; } = new Dictionary<string, string>();
}
