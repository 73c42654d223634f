using System.Text.Json;
using ContainerKit.Docker.Streaming;
using Google.Protobuf;

namespace ContainerKit.Docker.BuildKit;

/// <summary>
/// BuildKit's progress inside the daemon's build stream: a message with id <c>moby.buildkit.trace</c> carries a
/// serialized <see cref="StatusResponse"/> as the base64 string of its <c>aux</c> field.
/// </summary>
public static class BuildKitTrace
{
    /// <summary>The <c>id</c> of the messages that carry BuildKit progress.</summary>
    public const string MessageId = "moby.buildkit.trace";

    /// <summary>
    /// The progress update <paramref name="message"/> carries; null when it is not a trace message, or when its payload
    /// is not a StatusResponse (progress is shown only, the build's outcome comes from the image id and the errors).
    /// </summary>
    public static StatusResponse? Decode(JsonMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Id != MessageId || message.Aux is not { ValueKind: JsonValueKind.String } aux) return null;
        try
        {
            return StatusResponse.Parser.ParseFrom(Convert.FromBase64String(aux.GetString()!));
        }
        catch (Exception e) when (e is FormatException or InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
