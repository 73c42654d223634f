using System.Text.RegularExpressions;

namespace ContainerKit.Definitions;

/// <summary>
/// An OCI image reference following the distribution grammar: <c>[registry[:port]/]path[:tag][@digest]</c>.
/// </summary>
/// <param name="Registry">Registry host (with port), or null for the default registry.</param>
/// <param name="Path">Repository path, e.g. <c>nvidia/pytorch</c>.</param>
/// <param name="Tag">Tag, or null.</param>
/// <param name="Digest">Digest such as <c>sha256:…</c>, or null.</param>
public sealed partial record ImageReference(string? Registry, string Path, string? Tag, string? Digest)
{
    /// <summary>The longest reference accepted: the distribution spec limits a repository name to 255 characters, and ContainerKit holds the whole reference to it.</summary>
    public const int MaxLength = 255;

    /// <summary>The registry a reference without a registry part names (Docker Hub).</summary>
    public const string DefaultRegistry = "docker.io";

    /// <summary>The tag a reference without tag or digest means.</summary>
    public const string DefaultTag = "latest";

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming it when <see cref="TryParse"/> refuses it.</summary>
    public static ImageReference Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not an OCI image reference ([registry[:port]/]path[:tag][@digest])");

    /// <summary>Parses <paramref name="text"/>; returns null when it does not follow the grammar or is longer than <see cref="MaxLength"/>.</summary>
    public static ImageReference? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength) return null;
        var match = ReferencePattern().Match(text);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value;
        string? registry = null;
        var path = name;
        var slash = name.IndexOf('/');
        if (slash > 0)
        {
            var first = name[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost")
            {
                registry = first;
                path = name[(slash + 1)..];
            }
        }
        if (!PathPattern().IsMatch(path)) return null;
        if (registry is null && name.Contains(':')) return null;
        return new ImageReference(
            registry,
            path,
            match.Groups["tag"].Success ? match.Groups["tag"].Value : null,
            match.Groups["digest"].Success ? match.Groups["digest"].Value : null);
    }

    /// <summary>True when a tag or a digest pins the reference (a bare name means <c>:latest</c>).</summary>
    public bool IsPinned => Tag is not null || Digest is not null;

    /// <summary>The repository: registry (when given) and path, without tag or digest, e.g. <c>host:5000/team/x</c>.</summary>
    public string Repository => (Registry is null ? "" : Registry + "/") + Path;

    /// <summary>The registry, or <see cref="DefaultRegistry"/> when the reference names none.</summary>
    public string RegistryOrDefault => Registry ?? DefaultRegistry;

    /// <summary>The tag the Docker Engine API uses for this reference: the tag, else <see cref="DefaultTag"/> unless a digest pins it (then null).</summary>
    public string? EngineTag => Tag ?? (Digest is null ? DefaultTag : null);

    /// <summary>
    /// The Docker Hub-normalised spelling, so that short and long spellings compare equal: <c>debian</c> is
    /// <c>docker.io/library/debian:latest</c> (and <c>index.docker.io</c> is <c>docker.io</c>).
    /// </summary>
    public ImageReference Canonical()
    {
        var registry = Registry is "index.docker.io" ? DefaultRegistry : RegistryOrDefault;
        var path = registry == DefaultRegistry && !Path.Contains('/') ? "library/" + Path : Path;
        return new ImageReference(registry, path, EngineTag, Digest);
    }

    /// <summary>
    /// This whole reference placed under <paramref name="registry"/> (a host, optionally with a path):
    /// <c>team/x:tag</c> in <c>host:5000</c> is <c>host:5000/team/x:tag</c>. Throws <see cref="FormatException"/> when the result is no reference.
    /// </summary>
    public ImageReference InRegistry(string registry) => Parse(registry + "/" + this);

    /// <inheritdoc />
    public override string ToString() => Repository + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest);

    [GeneratedRegex(@"^(?<name>(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::(?<tag>[\w][\w.-]{0,127}))?(?:@(?<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex PathPattern();
}
