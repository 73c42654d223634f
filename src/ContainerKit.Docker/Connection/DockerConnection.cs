using System.IO.Pipes;
using System.Net.Sockets;
using Docker.DotNet;

namespace ContainerKit.Docker.Connection;

/// <summary>
/// A verified connection to a Docker daemon: the typed Docker.DotNet client plus a raw HTTP client on the
/// same endpoint for the calls the typed client cannot make: BuildKit builds (their trace messages and session) and
/// the distribution inspect of base images with registry credentials.
/// </summary>
public sealed class DockerConnection : IDisposable
{
    /// <summary>How long <see cref="ConnectAsync(DockerEndpoint, CancellationToken)"/> waits for the daemon.</summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(4);

    private DockerConnection(DockerEndpoint endpoint, DockerClient client, HttpClient http)
    {
        Endpoint = endpoint;
        Client = client;
        Http = http;
    }

    /// <summary>The endpoint this connection talks to.</summary>
    public DockerEndpoint Endpoint { get; }

    /// <summary>The typed Docker.DotNet client.</summary>
    public DockerClient Client { get; }

    /// <summary>A raw HTTP client whose base address is the daemon (unversioned API paths).</summary>
    public HttpClient Http { get; }

    /// <summary>How long connecting to a named pipe may take (Docker Desktop's pipe exists only while it runs).</summary>
    private static readonly TimeSpan PipeConnectTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Connects to the daemon named by the environment (DOCKER_HOST, a docker context or the default).</summary>
    public static Task<DockerConnection> ConnectAsync(CancellationToken cancellationToken) =>
        ConnectAsync(DockerEndpoint.FromEnvironment(), cancellationToken);

    /// <summary>
    /// Connects and pings; throws a CK3001 <see cref="ContainerKit.Diagnostics.DiagnosticException"/> within
    /// <see cref="PingTimeout"/> when no daemon answers.
    /// </summary>
    public static async Task<DockerConnection> ConnectAsync(DockerEndpoint endpoint, CancellationToken cancellationToken)
    {
        var tls = endpoint.CertificatePath is null ? null : TlsSettings.Load(endpoint.CertificatePath);
        var http = CreateHttpClient(endpoint, tls);
        var builder = new DockerClientBuilder().WithEndpoint(endpoint.Uri);
        if (tls is not null) builder = builder.WithAuthProvider(new TlsAuthProvider(tls));
        var connection = new DockerConnection(endpoint, builder.Build(), http);
        try
        {
            await connection.PingAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private EngineProduct? _product;

    /// <summary>Which engine this is (Docker or Podman's Docker-compatible API), read once from <c>/version</c>.</summary>
    public async Task<EngineProduct> ProductAsync(CancellationToken cancellationToken)
    {
        if (_product is not null) return _product;
        using var response = await Http.GetAsync("version", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var document = await System.Text.Json.JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return _product = EngineProduct.Parse(document.RootElement);
    }

    /// <summary>Pings the daemon with a bounded timeout; CK3001 when it does not answer.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PingTimeout);
        string cause;
        try
        {
            using var response = await Http.GetAsync("_ping", timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return;
            cause = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            cause = $"no answer within {PingTimeout.TotalSeconds:0} s";
        }
        catch (HttpRequestException e)
        {
            cause = e.InnerException is SocketException socket ? socket.Message : e.Message;
        }

        throw EngineDiagnostics.Exception(EngineDiagnostics.DaemonUnreachableId, "DOCKER_HOST",
            $"no Docker daemon answered at {Endpoint}, from {Endpoint.Origin} ({cause})", Endpoint.Uri.ToString(),
            "start the daemon (e.g. `dockerd --bridge=none --iptables=false --ip6tables=false &`), "
            + "set DOCKER_HOST to a reachable daemon, or run `./build.sh TestEngine` to install and start one");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Client.Dispose();
        Http.Dispose();
    }

    private static HttpClient CreateHttpClient(DockerEndpoint endpoint, TlsSettings? tls)
    {
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        Uri baseAddress;
        if (endpoint.IsUnixSocket)
        {
            var path = endpoint.Uri.LocalPath;
            handler.ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), token).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
            baseAddress = new Uri("http://docker/");
        }
        else if (endpoint.IsNamedPipe)
        {
            var (server, name) = endpoint.NamedPipe;
            handler.ConnectCallback = async (_, token) =>
            {
                var pipe = new NamedPipeClientStream(server, name, PipeDirection.InOut, PipeOptions.Asynchronous);
                try
                {
                    await pipe.ConnectAsync((int)PipeConnectTimeout.TotalMilliseconds, token).ConfigureAwait(false);
                    return pipe;
                }
                catch
                {
                    await pipe.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            };
            baseAddress = new Uri("http://docker/");
        }
        else
        {
            baseAddress = new Uri($"{(tls is null ? "http" : "https")}://{endpoint.Uri.Host}:{endpoint.Uri.Port}/");
        }

        tls?.Apply(handler);
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }
}
