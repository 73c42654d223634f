namespace ContainerKit.Docker.Connection;

/// <summary>
/// Where the Docker daemon is, resolved as the docker CLI does (<see cref="DockerEndpointResolver"/>): a unix socket,
/// a TCP address (with TLS when <see cref="CertificatePath"/> is set) or a Windows named pipe.
/// </summary>
/// <param name="Uri">The daemon URI: <c>unix:///path</c>, <c>tcp://host:port</c> or <c>npipe://./pipe/name</c>.</param>
/// <param name="CertificatePath">The TLS certificate folder, or null without TLS.</param>
public sealed record DockerEndpoint(Uri Uri, string? CertificatePath)
{
    /// <summary>The default daemon socket on Linux.</summary>
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    /// <summary>Docker Desktop's default on Windows (the docker CLI spells it <c>npipe:////./pipe/docker_engine</c>).</summary>
    public const string DefaultNamedPipe = "npipe://./pipe/docker_engine";

    /// <summary>True when the connection uses TLS.</summary>
    public bool UsesTls => CertificatePath is not null;

    /// <summary>True for unix sockets.</summary>
    public bool IsUnixSocket => Uri.Scheme == "unix";

    /// <summary>True for Windows named pipes (Docker Desktop).</summary>
    public bool IsNamedPipe => Uri.Scheme == "npipe";

    /// <summary>Where the endpoint came from (DOCKER_HOST, a context, the rootless socket, the default), for messages.</summary>
    public string Origin { get; init; } = "DOCKER_HOST";

    /// <summary>The server (<c>.</c> for this machine) and the pipe name of a named-pipe endpoint.</summary>
    public (string Server, string Name) NamedPipe => IsNamedPipe
        ? (Uri.Host.Length == 0 ? "." : Uri.Host, Uri.AbsolutePath["/pipe/".Length..])
        : throw new InvalidOperationException($"{Uri} is not a named pipe");

    /// <summary>The endpoint as the docker CLI takes it in DOCKER_HOST (<c>npipe:////./pipe/NAME</c> for named pipes).</summary>
    public string CliHost => IsNamedPipe ? $"npipe:////{NamedPipe.Server}/pipe/{NamedPipe.Name}" : Uri.ToString();

    /// <summary>Resolves the endpoint from the process environment.</summary>
    public static DockerEndpoint FromEnvironment() => DockerEndpointResolver.Resolve(DockerHostEnvironment.Current);

    /// <summary>Resolves the endpoint from an environment lookup on this machine (testable).</summary>
    public static DockerEndpoint FromEnvironment(Func<string, string?> environment) =>
        DockerEndpointResolver.Resolve(DockerHostEnvironment.From(environment));

    /// <summary>
    /// Parses a daemon address as DOCKER_HOST or a context's endpoint spells it: <c>unix://</c>, <c>tcp://</c>, or
    /// <c>npipe:</c> followed by any number of slashes and <c>SERVER/pipe/NAME</c> (normalised to
    /// <c>npipe://SERVER/pipe/NAME</c>); CK3009 for anything else.
    /// </summary>
    /// <param name="host">The address.</param>
    /// <param name="location">Where it was set, for the diagnostic.</param>
    public static Uri ParseHost(string host, string location)
    {
        if (host.StartsWith("npipe:", StringComparison.OrdinalIgnoreCase))
        {
            var rest = host["npipe:".Length..].Replace('\\', '/').TrimStart('/');
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && rest[(slash + 1)..].StartsWith("pipe/", StringComparison.OrdinalIgnoreCase) && rest.Length > slash + "/pipe/".Length
                && Uri.TryCreate($"npipe://{rest[..slash]}/pipe/{rest[(slash + "/pipe/".Length)..]}", UriKind.Absolute, out var pipe))
            {
                return pipe;
            }
        }
        else if (Uri.TryCreate(host, UriKind.Absolute, out var uri) && (uri.Scheme == "unix" || uri.Scheme == "tcp"))
        {
            return uri;
        }

        throw EngineDiagnostics.Exception(EngineDiagnostics.EndpointInvalidId, location,
            "the Docker endpoint must be unix:///path/to/socket, tcp://host:port or npipe:////./pipe/NAME", host,
            "unset DOCKER_HOST to use the default (/var/run/docker.sock, Docker Desktop's named pipe on Windows), or set e.g. DOCKER_HOST=tcp://127.0.0.1:2375; "
            + "for ssh:// endpoints, forward the remote socket (`ssh -L /tmp/docker.sock:/var/run/docker.sock HOST`) and use unix:///tmp/docker.sock");
    }

    /// <summary>The endpoint as the user would write it in DOCKER_HOST.</summary>
    public override string ToString() => UsesTls ? $"{Uri} (TLS, certificates in {CertificatePath})" : Uri.ToString();
}
