using System.Net;
using Microsoft.AspNetCore.Connections;

namespace ContainerKit.Docker.Building.Session;

/// <summary>
/// A Kestrel transport with exactly one connection, the session stream: the first accept returns it, later
/// accepts wait until Kestrel unbinds.
/// </summary>
internal sealed class SessionListener(Stream stream) : IConnectionListenerFactory, IConnectionListener
{
    private readonly TaskCompletionSource _unbound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _accepted;

    /// <inheritdoc />
    public EndPoint EndPoint { get; private set; } = new SessionEndPoint();

    /// <inheritdoc />
    public ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        EndPoint = endpoint;
        return ValueTask.FromResult<IConnectionListener>(this);
    }

    /// <inheritdoc />
    public async ValueTask<ConnectionContext?> AcceptAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _accepted, 1) == 0) return new SessionConnection(stream, EndPoint);
        await _unbound.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <inheritdoc />
    public ValueTask UnbindAsync(CancellationToken cancellationToken = default)
    {
        _unbound.TrySetResult();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _unbound.TrySetResult();
        return ValueTask.CompletedTask;
    }
}
