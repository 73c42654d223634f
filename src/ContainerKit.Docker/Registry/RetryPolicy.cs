namespace ContainerKit.Docker.Registry;

/// <summary>Retries transient failures with exponential backoff (delay, 2x delay, 4x delay, ...).</summary>
/// <param name="Attempts">Total attempts including the first.</param>
/// <param name="InitialDelay">Delay before the second attempt.</param>
public sealed record RetryPolicy(int Attempts, TimeSpan InitialDelay)
{
    /// <summary>Four attempts, starting at one second.</summary>
    public static RetryPolicy Default { get; } = new(4, TimeSpan.FromSeconds(1));

    /// <summary>The delay before attempt <paramref name="attempt"/> (1-based; the first has none).</summary>
    public TimeSpan DelayBefore(int attempt) => attempt <= 1 ? TimeSpan.Zero : InitialDelay * Math.Pow(2, attempt - 2);

    /// <summary>Runs <paramref name="action"/> until it succeeds, a non-transient error occurs or attempts run out.</summary>
    public Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> action, Func<Exception, bool> isTransient, CancellationToken cancellationToken) =>
        ExecuteAsync(action, isTransient, (_, _, _) => { }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> until it succeeds, a non-transient error occurs or attempts run out;
    /// <paramref name="onRetry"/> hears of each retry (the next attempt's number, the delay before it, the failure).
    /// </summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> action, Func<Exception, bool> isTransient,
        Action<int, TimeSpan, Exception> onRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onRetry);
        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(DelayBefore(attempt), cancellationToken).ConfigureAwait(false);
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < Attempts && isTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                onRetry(attempt + 1, DelayBefore(attempt + 1), e);
            }
        }
    }
}
