namespace ContainerKit.Definitions;

/// <summary>
/// Where pip finds packages (<c>pip install</c>'s index options): an index replacing PyPI, extra indexes searched
/// beside it, find-links pages or folders, hosts trusted without HTTPS, and pre-releases. Credentials of a private
/// index never go in a URL: set <see cref="NetrcSecret"/> and pass a netrc file as the BuildKit secret
/// <c>pip-netrc</c> (<c>./build.sh BuildGeneric --pip-netrc ~/.netrc</c>).
/// </summary>
/// <example><code>
/// public override PipSources PipSourcesFor(MatrixEntry entry) =&gt; new() { IndexUrl = "https://download.pytorch.org/whl/cu124" };
/// </code></example>
public sealed record PipSources
{
    /// <summary>The id of the BuildKit secret holding the netrc file (<c>docker build --secret id=pip-netrc,src=~/.netrc</c>).</summary>
    public const string NetrcSecretId = "pip-netrc";

    /// <summary>No option: PyPI, as pip's configuration says.</summary>
    public static PipSources Default { get; } = new();

    /// <summary><c>--index-url</c>: the index that replaces PyPI, e.g. <c>https://download.pytorch.org/whl/cu124</c>; null keeps PyPI.</summary>
    public string? IndexUrl { get; init; }

    /// <summary><c>--extra-index-url</c>: indexes searched besides the main one.</summary>
    public IReadOnlyList<string> ExtraIndexUrls { get; init; } = [];

    /// <summary><c>--find-links</c>: HTML pages of links to archives (http/https URLs) or folders inside the image (absolute paths).</summary>
    public IReadOnlyList<string> FindLinks { get; init; } = [];

    /// <summary><c>--trusted-host</c>: hosts (<c>host</c> or <c>host:port</c>) pip may reach over plain HTTP or without a valid certificate.</summary>
    public IReadOnlyList<string> TrustedHosts { get; init; } = [];

    /// <summary><c>--pre</c>: also consider pre-release and development versions.</summary>
    public bool Pre { get; init; }

    /// <summary>
    /// The indexes need credentials: pip reads them from a netrc file (<c>machine HOST login USER password TOKEN</c>)
    /// passed as the BuildKit secret <see cref="NetrcSecretId"/>, so they are in no layer, build argument, history or log.
    /// </summary>
    public bool NetrcSecret { get; init; }
}
