using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace ContainerKit.Docker.Building.Session;

/// <summary>The hijacked <c>/session</c> stream as the one connection Kestrel serves HTTP/2 on.</summary>
internal sealed class SessionConnection(Stream stream, EndPoint endPoint) : ConnectionContext
{
    /// <inheritdoc />
    public override string ConnectionId { get; set; } = "buildkit-session";

    /// <inheritdoc />
    public override IFeatureCollection Features { get; } = new FeatureCollection();

    /// <inheritdoc />
    public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

    /// <inheritdoc />
    public override IDuplexPipe Transport { get; set; } = new StreamPipe(PipeReader.Create(stream), PipeWriter.Create(stream));

    /// <inheritdoc />
    public override EndPoint? LocalEndPoint { get; set; } = endPoint;

    /// <inheritdoc />
    public override void Abort(ConnectionAbortedException abortReason) => stream.Dispose();

    /// <inheritdoc />
    public override async ValueTask DisposeAsync() => await stream.DisposeAsync().ConfigureAwait(false);

    private sealed record StreamPipe(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}
