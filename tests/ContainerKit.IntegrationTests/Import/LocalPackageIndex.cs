using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace ContainerKit.IntegrationTests.Import;

/// <summary>
/// A PEP 503 simple index of wheels on 127.0.0.1, reachable from builds on the host network; stands in for PyPI
/// (unreachable here) so both the template and the rendered definition install the same requirement online. With
/// credentials it is a private index: every request without that HTTP basic authentication gets 401.
/// </summary>
public sealed class LocalPackageIndex : LoopbackHttpServer
{
    private readonly Dictionary<string, (TinyWheel Wheel, byte[] Bytes)> _wheels;
    private readonly string? _authorization;

    /// <summary>Starts serving <paramref name="wheel"/> on a free port.</summary>
    public LocalPackageIndex(TinyWheel wheel)
        : this([wheel])
    {
    }

    /// <summary>Starts serving <paramref name="wheels"/> on a free port, behind HTTP basic authentication when <paramref name="credentials"/> are given.</summary>
    public LocalPackageIndex(IReadOnlyList<TinyWheel> wheels, (string User, string Password)? credentials = null)
    {
        _wheels = wheels.ToDictionary(w => w.Name, w => (w, w.Build()), StringComparer.Ordinal);
        _authorization = credentials is { } c ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.User}:{c.Password}")) : null;
    }

    /// <summary>The index URL for <c>--index-url</c>.</summary>
    public string Url => Root + "simple/";

    /// <summary>How many times a wheel was downloaded.</summary>
    public int Downloads { get; private set; }

    /// <summary>How many requests were refused for want of the credentials.</summary>
    public int Unauthorized { get; private set; }

    /// <inheritdoc />
    protected override void Respond(HttpListenerContext context)
    {
        if (_authorization is not null && context.Request.Headers["Authorization"] != _authorization)
        {
            Unauthorized++;
            context.Response.StatusCode = 401;
            context.Response.AddHeader("WWW-Authenticate", "Basic realm=\"containerkit-tests\"");
            context.Response.Close();
            return;
        }

        var path = context.Request.Url?.AbsolutePath ?? "";
        if (path.StartsWith("/simple/", StringComparison.Ordinal) && _wheels.TryGetValue(path["/simple/".Length..].TrimEnd('/'), out var listed))
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(listed.Bytes));
            Reply(context, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body><a href=\"/files/{listed.Wheel.FileName}#sha256={sha}\">{listed.Wheel.FileName}</a></body></html>"), "text/html");
            return;
        }

        var file = _wheels.Values.Where(w => path == $"/files/{w.Wheel.FileName}").Select(w => w.Bytes).FirstOrDefault();
        if (file is not null) Downloads++;
        Reply(context, file, "application/octet-stream");
    }
}
