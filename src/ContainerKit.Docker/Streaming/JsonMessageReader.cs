using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ContainerKit.Docker.Streaming;

/// <summary>Reads the daemon's JSON-lines stream message by message; blank and non-JSON lines are ignored.</summary>
public static class JsonMessageReader
{
    /// <summary>Parses one line; null when it is blank or not a JSON object.</summary>
    public static JsonMessage? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            string? Text(JsonElement element, string name) =>
                element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var error = root.TryGetProperty("errorDetail", out var detail) && detail.ValueKind == JsonValueKind.Object
                ? Text(detail, "message") ?? Text(root, "error")
                : Text(root, "error");
            JsonElement? aux = root.TryGetProperty("aux", out var a) ? a.Clone() : null;
            return new JsonMessage(Text(root, "id"), Text(root, "stream"), Text(root, "status"), error, aux);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads all messages of a stream until it ends.</summary>
    public static async IAsyncEnumerable<JsonMessage> ReadAllAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (Parse(line) is { } message) yield return message;
        }
    }
}
