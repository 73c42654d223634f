using System.Buffers.Binary;
using System.Text.Json;

namespace ContainerKit.Scripting.Server;

/// <summary>
/// The compiler server's wire format: each message is a 4-byte little-endian length and that many
/// bytes of UTF-8 JSON. A connection carries one request and its response.
/// </summary>
internal static class CompilerServerMessages
{
    private const int MaxLength = 256 * 1024 * 1024;

    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, body.Length);
        await stream.WriteAsync(header, cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    public static async Task<T> ReadAsync<T>(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        await stream.ReadExactlyAsync(header, cancellationToken);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxLength)
        {
            throw new InvalidDataException($"compiler server message of {length} bytes");
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return JsonSerializer.Deserialize<T>(body) ?? throw new InvalidDataException("empty compiler server message");
    }
}
