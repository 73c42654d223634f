using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ContainerKit.Docker.Building.Session;

/// <summary>
/// A BuildKit session with the daemon, the channel <c>docker build --secret</c> uses: <c>POST /session</c> is
/// upgraded to a raw connection on which the daemon is the HTTP/2 client and ContainerKit the gRPC server
/// (Kestrel on that one connection). A build joins it with <c>session=&lt;id&gt;</c>; the daemon then asks the
/// session for each <c>RUN --mount=type=secret</c>. The secret travels only over this connection, never in
/// the build request, a build argument or the image.
/// </summary>
internal sealed class BuildSession : IAsyncDisposable
{
    private readonly HttpResponseMessage _upgrade;
    private readonly KestrelServer _server;

    private BuildSession(string id, HttpResponseMessage upgrade, KestrelServer server)
    {
        Id = id;
        _upgrade = upgrade;
        _server = server;
    }

    /// <summary>The session id the build request names.</summary>
    public string Id { get; }

    /// <summary>Opens a session offering <paramref name="secrets"/> (id to content).</summary>
    public static async Task<BuildSession> StartAsync(HttpClient daemon, IReadOnlyDictionary<string, byte[]> secrets, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "session") { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new ProductHeaderValue("h2c"));
        request.Headers.Add("X-Docker-Expose-Session-Uuid", id);
        request.Headers.Add("X-Docker-Expose-Session-Name", "containerkit");
        request.Headers.Add("X-Docker-Expose-Session-Sharedkey", id);
        request.Headers.Add("X-Docker-Expose-Session-Grpc-Method", [SessionServices.GetSecretMethod, SessionServices.HealthCheckMethod]);

        var response = await daemon.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.SwitchingProtocols)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            response.Dispose();
            throw EngineDiagnostics.Exception(EngineDiagnostics.BuildFailedId, "POST /session",
                $"the daemon refused a BuildKit session (HTTP {(int)response.StatusCode}): {body.Trim()}", null,
                "build secrets need a daemon with BuildKit (Docker 18.09 or newer)");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var options = new KestrelServerOptions { AddServerHeader = false };
        options.Limits.KeepAliveTimeout = TimeSpan.FromHours(24);
        options.Limits.MinRequestBodyDataRate = null;
        options.Limits.MinResponseDataRate = null;
        options.Listen(new SessionEndPoint(), listen => listen.Protocols = HttpProtocols.Http2);
        var server = new KestrelServer(Options.Create(options), new SessionListener(stream), NullLoggerFactory.Instance);
        try
        {
            await server.StartAsync(new SessionServices(secrets), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            response.Dispose();
            throw;
        }
        return new BuildSession(id, response, server);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _server.StopAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The daemon keeps the connection until it notices it closed; closing the stream below ends it.
        }
        _server.Dispose();
        _upgrade.Dispose();
    }
}
