namespace ContainerKit.Docker.Connection;

/// <summary>
/// Where the Docker daemon is, as the docker CLI resolves it: <c>DOCKER_HOST</c> (unix or tcp) or the
/// default unix socket, with TLS when <c>DOCKER_TLS_VERIFY</c> is set (certificates from <c>DOCKER_CERT_PATH</c>
/// or <c>~/.docker</c>: <c>ca.pem</c>, <c>cert.pem</c>, <c>key.pem</c>).
/// </summary>
/// <param name="Uri">The daemon URI: <c>unix:///path</c> or <c>tcp://host:port</c>.</param>
/// <param name="CertificatePath">The TLS certificate folder, or null without TLS.</param>
public sealed record DockerEndpoint(Uri Uri, string? CertificatePath)
{
    /// <summary>The default daemon socket on Linux.</summary>
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    /// <summary>True when the connection uses TLS.</summary>
    public bool UsesTls => CertificatePath is not null;

    /// <summary>True for unix sockets.</summary>
    public bool IsUnixSocket => Uri.Scheme == "unix";

    /// <summary>Resolves the endpoint from the process environment.</summary>
    public static DockerEndpoint FromEnvironment() => FromEnvironment(System.Environment.GetEnvironmentVariable);

    /// <summary>Resolves the endpoint from an environment lookup (testable).</summary>
    public static DockerEndpoint FromEnvironment(Func<string, string?> environment)
    {
        var host = environment("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(host)) host = DefaultSocket;
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || (uri.Scheme != "unix" && uri.Scheme != "tcp"))
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.EndpointInvalidId, "DOCKER_HOST",
                "DOCKER_HOST must be unix:///path/to/socket or tcp://host:port", host,
                "unset DOCKER_HOST to use /var/run/docker.sock, or set e.g. DOCKER_HOST=tcp://127.0.0.1:2375");
        }

        string? certificates = null;
        if (!string.IsNullOrEmpty(environment("DOCKER_TLS_VERIFY")))
        {
            certificates = environment("DOCKER_CERT_PATH");
            if (string.IsNullOrEmpty(certificates))
            {
                var home = environment("HOME") ?? System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
                certificates = Path.Combine(home, ".docker");
            }
        }

        return new DockerEndpoint(uri, certificates);
    }

    /// <summary>The endpoint as the user would write it in DOCKER_HOST.</summary>
    public override string ToString() => UsesTls ? $"{Uri} (TLS, certificates in {CertificatePath})" : Uri.ToString();
}
