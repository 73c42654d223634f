using System.Net;
using System.Text;

namespace ContainerKit.IntegrationTests;

/// <summary>
/// Serves the files of one folder on 127.0.0.1, with an HTML listing of links at the root (what pip's
/// <c>--find-links</c> reads from a URL, as from <c>python3 -m http.server</c>).
/// </summary>
public sealed class StaticFolderServer(string folder) : LoopbackHttpServer
{
    /// <summary>The names of the files served so far, in order.</summary>
    public List<string> Served { get; } = [];

    /// <summary>The URL of a file of the folder.</summary>
    public string UrlOf(string name) => Root + Uri.EscapeDataString(name);

    /// <inheritdoc />
    protected override void Respond(HttpListenerContext context)
    {
        var name = Uri.UnescapeDataString((context.Request.Url?.AbsolutePath ?? "/").TrimStart('/'));
        if (name.Length == 0)
        {
            var links = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                .Select(f => $"<a href=\"{Uri.EscapeDataString(f!)}\">{f}</a><br>");
            Reply(context, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{string.Concat(links)}</body></html>"), "text/html");
            return;
        }

        var path = Path.Combine(folder, name);
        var found = !name.Contains('/') && File.Exists(path);
        if (found) Served.Add(name);
        Reply(context, found ? File.ReadAllBytes(path) : null, "application/octet-stream");
    }
}
