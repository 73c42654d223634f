using System.Globalization;
using System.Text.RegularExpressions;
using Docker.DotNet.Models;

namespace ContainerKit.Docker.Registry;

/// <summary>
/// Receives the progress messages of a push or pull as Docker.DotNet reads them (synchronously, in stream order, so
/// nothing arrives after the call returns) and keeps the first error the daemon reported in the stream. The daemon's
/// own retries of a layer go to <paramref name="onLayerRetry"/>, once per try: the daemon counts each delay down once a
/// second ("Retrying in 5 seconds", "... 4 ...", then "Retrying in 10 seconds"), and only the start of a countdown is news.
/// </summary>
/// <param name="onLayerRetry">Hears "the daemon retries layer &lt;id&gt;: Retrying in N seconds"; null ignores them.</param>
internal sealed class RegistryProgress(Action<string>? onLayerRetry = null) : IProgress<JSONMessage>
{
    private static readonly Regex DaemonRetry = new(@"^Retrying in (\d+) seconds?$", RegexOptions.CultureInvariant);
    private readonly Dictionary<string, int> _countdowns = new(StringComparer.Ordinal);

    /// <summary>The first error (<c>errorDetail.message</c>, which the daemon sends with every <c>error</c>); null while none was reported.</summary>
    public string? Error { get; private set; }

    /// <inheritdoc />
    public void Report(JSONMessage value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Error?.Message is { Length: > 0 } message) Error ??= message;
        if (onLayerRetry is not null && value.Status is { } status && DaemonRetry.Match(status) is { Success: true } match)
        {
            var seconds = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var layer = value.ID ?? "";
            var starts = !_countdowns.TryGetValue(layer, out var last) || seconds > last;
            _countdowns[layer] = seconds;
            if (starts) onLayerRetry($"the daemon retries layer {layer}: {status}");
        }
    }
}
