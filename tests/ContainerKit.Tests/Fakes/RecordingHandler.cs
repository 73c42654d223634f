namespace ContainerKit.Tests.Fakes;

/// <summary>An HTTP handler that answers with <paramref name="respond"/> and records each request as "METHOD uri authorization".</summary>
internal sealed class RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    public List<string> Requests { get; } = [];

    /// <summary>The bodies of the requests that had one, in order.</summary>
    public List<string> Bodies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add($"{request.Method} {request.RequestUri} {request.Headers.Authorization}");
        if (request.Content is not null) Bodies.Add(await request.Content.ReadAsStringAsync(cancellationToken));
        return respond(request);
    }
}
