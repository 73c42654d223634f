using System.Net;
using System.Net.Sockets;

namespace ContainerKit.IntegrationTests;

/// <summary>An HTTP server on a free port of 127.0.0.1, reachable from builds and containers on the host network.</summary>
public abstract class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    /// <summary>Starts listening; requests go to <see cref="Respond"/>, one at a time.</summary>
    protected LoopbackHttpServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Root);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The server's root URL, <c>http://127.0.0.1:PORT/</c>.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        GC.SuppressFinalize(this);
    }

    /// <summary>Answers one request and closes its response.</summary>
    protected abstract void Respond(HttpListenerContext context);

    /// <summary>Writes <paramref name="body"/> (404 when null) and closes the response.</summary>
    protected static void Reply(HttpListenerContext context, byte[]? body, string contentType)
    {
        context.Response.StatusCode = body is null ? 404 : 200;
        if (body is not null)
        {
            context.Response.ContentType = contentType;
            context.Response.OutputStream.Write(body);
        }
        context.Response.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Respond(context);
        }
    }
}
