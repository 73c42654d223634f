using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace ContainerKit.IntegrationTests.Import;

/// <summary>
/// A PEP 503 simple index for one wheel on 127.0.0.1, reachable from builds on the host network; stands in for
/// PyPI (unreachable here) so both the template and the rendered definition install the same requirement online.
/// </summary>
public sealed class LocalPackageIndex : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly TinyWheel _wheel;
    private readonly byte[] _bytes;
    private readonly Task _serving;

    /// <summary>Starts serving <paramref name="wheel"/> on a free port.</summary>
    public LocalPackageIndex(TinyWheel wheel)
    {
        _wheel = wheel;
        _bytes = wheel.Build();
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/simple/";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The index URL for <c>--index-url</c>.</summary>
    public string Url { get; }

    /// <summary>How many times the wheel was downloaded.</summary>
    public int Downloads { get; private set; }

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
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

    private void Respond(HttpListenerContext context)
    {
        var path = context.Request.Url?.AbsolutePath ?? "";
        byte[]? body = null;
        if (path.TrimEnd('/') == $"/simple/{_wheel.Name}")
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(_bytes));
            body = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body><a href=\"/files/{_wheel.FileName}#sha256={sha}\">{_wheel.FileName}</a></body></html>");
            context.Response.ContentType = "text/html";
        }
        else if (path == $"/files/{_wheel.FileName}")
        {
            body = _bytes;
            Downloads++;
            context.Response.ContentType = "application/octet-stream";
        }

        context.Response.StatusCode = body is null ? 404 : 200;
        if (body is not null) context.Response.OutputStream.Write(body);
        context.Response.Close();
    }
}
