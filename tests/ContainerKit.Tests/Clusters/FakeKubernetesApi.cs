using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// A loopback stand-in for a Kubernetes API server (none can run on these machines): it records every request and
/// answers with the status and JSON body <see cref="Respond"/> gives, so a test can check what the official client
/// sends. <see cref="WriteKubeconfig"/> writes a kubeconfig whose current context points at it with a bearer token.
/// </summary>
public sealed class FakeKubernetesApi : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Starts listening on a free loopback port.</summary>
    /// <param name="respond">The answer (status, JSON) to a request.</param>
    public FakeKubernetesApi(Func<RecordedRequest, (int Status, string Json)> respond)
    {
        Respond = respond;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    /// <summary>The bearer token the kubeconfig carries.</summary>
    public const string Token = "fake-token-for-tests";

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>The answers.</summary>
    public Func<RecordedRequest, (int Status, string Json)> Respond { get; }

    /// <summary>The requests received, in order.</summary>
    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Writes a kubeconfig for this server into <paramref name="folder"/>; returns its path.</summary>
    public string WriteKubeconfig(string folder)
    {
        var path = Path.Combine(folder, "kubeconfig");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
              - name: fake
                cluster:
                  server: http://127.0.0.1:{Port}
            contexts:
              - name: fake
                context:
                  cluster: fake
                  user: tester
            current-context: fake
            users:
              - name: tester
                user:
                  token: {Token}

            """);
        return path;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery,
                context.Request.Headers["Authorization"], await reader.ReadToEndAsync());
            lock (Requests) Requests.Add(request);
            var (status, json) = Respond(request);
            var body = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
