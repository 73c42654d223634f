namespace ContainerKit.Docker.Connection;

/// <summary>
/// Picks the daemon endpoint with the docker CLI's precedence: <c>DOCKER_HOST</c> (with <c>DOCKER_TLS_VERIFY</c> and
/// <c>DOCKER_CERT_PATH</c>), else the context named by <c>DOCKER_CONTEXT</c>, else config.json's
/// <c>currentContext</c> (the context <c>default</c> meaning none), else the default: Docker Desktop's named pipe on
/// Windows; elsewhere <c>/var/run/docker.sock</c>, or rootless Docker's <c>$XDG_RUNTIME_DIR/docker.sock</c> when
/// only that one exists.
/// </summary>
public static class DockerEndpointResolver
{
    /// <summary>Resolves the endpoint; CK3009/CK3170/CK3171 when the setting that wins is not usable.</summary>
    /// <param name="host">The environment, home folder and operating system to resolve from.</param>
    public static DockerEndpoint Resolve(DockerHostEnvironment host)
    {
        if (host.Variables("DOCKER_HOST") is { Length: > 0 } dockerHost && !string.IsNullOrWhiteSpace(dockerHost))
        {
            return new DockerEndpoint(DockerEndpoint.ParseHost(dockerHost, "DOCKER_HOST"), TlsFolder(host)) { Origin = "DOCKER_HOST" };
        }

        var store = new DockerContextStore(host.ConfigFolder);
        var (context, origin) = host.Variables("DOCKER_CONTEXT") is { Length: > 0 } named
            ? (named, "DOCKER_CONTEXT")
            : (store.CurrentContext(), $"currentContext in {Path.Combine(host.ConfigFolder, "config.json")}");
        if (context is not null && context != DockerContextStore.DefaultContext)
        {
            var (address, tls) = store.Endpoint(context, origin);
            return new DockerEndpoint(DockerEndpoint.ParseHost(address, $"context '{context}'"), tls) { Origin = $"docker context '{context}' ({origin})" };
        }

        return Default(host);
    }

    private static DockerEndpoint Default(DockerHostEnvironment host)
    {
        if (host.IsWindows) return new DockerEndpoint(new Uri(DockerEndpoint.DefaultNamedPipe), null) { Origin = "Docker Desktop's default named pipe" };
        var root = new Uri(DockerEndpoint.DefaultSocket);
        if (!host.FileExists(root.LocalPath) && host.Variables("XDG_RUNTIME_DIR") is { Length: > 0 } runtime
            && host.FileExists(Path.Combine(runtime, "docker.sock")))
        {
            return new DockerEndpoint(new Uri("unix://" + Path.Combine(runtime, "docker.sock")), null) { Origin = "rootless Docker ($XDG_RUNTIME_DIR/docker.sock)" };
        }

        return new DockerEndpoint(root, null) { Origin = "the default socket" };
    }

    /// <summary>The TLS folder for DOCKER_HOST: DOCKER_CERT_PATH, else ~/.docker, when DOCKER_TLS_VERIFY is set.</summary>
    private static string? TlsFolder(DockerHostEnvironment host)
    {
        if (string.IsNullOrEmpty(host.Variables("DOCKER_TLS_VERIFY"))) return null;
        return host.Variables("DOCKER_CERT_PATH") is { Length: > 0 } certificates ? certificates : host.ConfigFolder;
    }
}
