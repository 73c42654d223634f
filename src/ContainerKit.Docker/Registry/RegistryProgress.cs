using Docker.DotNet.Models;

namespace ContainerKit.Docker.Registry;

/// <summary>
/// Receives the progress messages of a push or pull as Docker.DotNet reads them (synchronously, in stream order, so
/// nothing arrives after the call returns) and keeps the first error the daemon reported in the stream.
/// </summary>
internal sealed class RegistryProgress : IProgress<JSONMessage>
{
    /// <summary>The first error (<c>errorDetail.message</c>, which the daemon sends with every <c>error</c>); null while none was reported.</summary>
    public string? Error { get; private set; }

    /// <inheritdoc />
    public void Report(JSONMessage value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Error?.Message is { Length: > 0 } message) Error ??= message;
    }
}
